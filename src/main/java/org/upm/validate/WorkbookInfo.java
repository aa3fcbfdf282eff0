package org.upm.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** What the workbook part ({@code xl/workbook.xml}) declares: sheets, structure lock, defined names. */
final class WorkbookInfo extends DefaultHandler {
    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /**
     * One sheet in workbook order.
     *
     * @param state "visible", "hidden" or "veryHidden"
     * @param relationshipId the workbook part's relationship to the sheet part
     */
    record Sheet(String name, String state, String relationshipId) {
    }

    /**
     * One defined name.
     *
     * @param localSheetId zero-based sheet index when the name is local to a sheet, else null
     */
    record Name(String name, Integer localSheetId, String refersTo) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private boolean structureLocked;
    private boolean externalReferences;
    private String application;
    private String nameName;
    private Integer nameSheet;
    private StringBuilder nameText;

    List<Sheet> sheets() {
        return sheets;
    }

    List<Name> names() {
        return names;
    }

    boolean structureLocked() {
        return structureLocked;
    }

    /**
     * True when LibreOffice saved the workbook last ({@code <fileVersion appName="Calc"/>}). LibreOffice
     * cannot write the lock of the workbook structure: it saves an empty {@code <workbookProtection/>}.
     */
    boolean savedByLibreOffice() {
        return "Calc".equals(application);
    }

    /** True when the workbook declares references to other workbooks. */
    boolean externalReferences() {
        return externalReferences;
    }

    Optional<Sheet> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "sheet" -> sheets.add(new Sheet(String.valueOf(attributes.getValue("name")),
                    attributes.getValue("state") == null ? "visible" : attributes.getValue("state"),
                    attributes.getValue(RELATIONSHIPS_NS, "id")));
            case "fileVersion" -> application = attributes.getValue("appName");
            case "workbookProtection" -> structureLocked = isTrue(attributes.getValue("lockStructure"));
            case "externalReference" -> externalReferences = true;
            case "definedName" -> {
                nameName = attributes.getValue("name");
                nameSheet = parseSheetIndex(attributes.getValue("localSheetId"));
                nameText = new StringBuilder();
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("definedName".equals(localName) && nameText != null) {
            names.add(new Name(String.valueOf(nameName), nameSheet, nameText.toString()));
            nameText = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (nameText != null && nameText.length() < 65_536) {
            nameText.append(ch, start, length);
        }
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }

    private static Integer parseSheetIndex(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
