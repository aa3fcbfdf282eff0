package org.upm.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.upm.layout.CellRef;
import org.upm.layout.Metadata;
import org.upm.layout.MetaSheet;
import org.upm.layout.Names;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;

/**
 * Decides what a workbook is from its metadata: the very hidden sheet first, the {@code upm.*}
 * custom document properties as a second copy. Finds the authoritative model of its CPT year.
 */
final class Identity {
    /**
     * A recognised toolkit.
     *
     * @param stale true when its data fingerprint is not the authoritative data's
     */
    record Known(ToolkitInfo info, ProxyModel model, boolean stale) {
    }

    private static final String PROPERTIES_PART = "docProps/custom.xml";

    private final Map<String, MetaReader.Entry> sheet;
    private final Map<String, String> properties;
    private final Findings findings;

    /**
     * @param sheet key → value of the metadata sheet (empty when the sheet is missing)
     * @param customProperties every custom document property
     */
    Identity(Map<String, MetaReader.Entry> sheet, Map<String, String> customProperties, Findings findings) {
        this.sheet = sheet;
        this.properties = new LinkedHashMap<>();
        customProperties.forEach((k, v) -> {
            if (k.startsWith(Metadata.PROPERTY_PREFIX)) {
                properties.put(k.substring(Metadata.PROPERTY_PREFIX.length()), v);
            }
        });
        this.findings = findings;
    }

    /** The toolkit, or empty after one finding saying why the file cannot be checked as one. */
    Optional<Known> identify(DataSet data) {
        if (value(Metadata.KIND) == null) {
            findings.add(FindingCode.NOT_A_TOOLKIT, null, null, "the workbook has neither the hidden " + Names.META
                    + " sheet nor upm.* document properties that identify a toolkit");
            return Optional.empty();
        }
        Optional<ToolkitKind> kind = ToolkitKind.fromId(value(Metadata.KIND));
        Integer year = integer(Metadata.CPT_YEAR);
        if (kind.isEmpty() || year == null) {
            findings.add(FindingCode.NOT_A_TOOLKIT, Names.META, cell(kind.isEmpty() ? Metadata.KIND : Metadata.CPT_YEAR),
                    "the metadata names no known toolkit kind and CPT year (kind " + quote(value(Metadata.KIND))
                            + ", CPT year " + quote(value(Metadata.CPT_YEAR)) + ")");
            return Optional.empty();
        }
        Optional<ProxyModel> model = data.year(year);
        if (model.isEmpty()) {
            findings.add(FindingCode.UNKNOWN_CPT_YEAR, Names.META, cell(Metadata.CPT_YEAR), "the toolkit is for CPT year "
                    + year + ", but " + data.origin() + " has data for " + data.years() + " only");
            return Optional.empty();
        }
        return known(kind.get(), year, model.get());
    }

    private Optional<Known> known(ToolkitKind kind, int year, ProxyModel model) {
        Integer layoutVersion = integer(Metadata.LAYOUT_VERSION);
        Integer rows = integer(Metadata.ROWS);
        if (layoutVersion == null || layoutVersion != ToolkitLayout.VERSION) {
            findings.add(FindingCode.LAYOUT_MISMATCH, Names.META, cell(Metadata.LAYOUT_VERSION), "the toolkit has layout "
                    + "version " + quote(value(Metadata.LAYOUT_VERSION)) + "; this upm checks layout version "
                    + ToolkitLayout.VERSION + " only", Integer.toString(ToolkitLayout.VERSION),
                    value(Metadata.LAYOUT_VERSION));
            return Optional.empty();
        }
        if (rows == null || rows < 1 || rows > ToolkitLayout.MAX_ROWS) {
            findings.add(FindingCode.METADATA_ALTERED, Names.META, cell(Metadata.ROWS), "the number of prepared lines "
                    + quote(value(Metadata.ROWS)) + " is not one upm generates", "1 to " + ToolkitLayout.MAX_ROWS,
                    value(Metadata.ROWS));
            return Optional.empty();
        }
        String fingerprint = value(Metadata.DATA_FINGERPRINT);
        boolean stale = !model.fingerprint().equals(fingerprint);
        if (stale) {
            findings.add(FindingCode.STALE_TEMPLATE, Names.META, cell(Metadata.DATA_FINGERPRINT), "the toolkit was "
                    + "generated from data " + shortened(fingerprint) + ", not from the authoritative CPT " + year
                    + " data " + model.shortFingerprint(), model.fingerprint(), fingerprint);
        }
        ToolkitInfo info = new ToolkitInfo(kind, year, layoutVersion, fingerprint, rows, value(Metadata.TEMPLATE_ID));
        return Optional.of(new Known(info, model, stale));
    }

    /**
     * The document properties must say what the layout's metadata says (the metadata sheet is checked
     * cell by cell against it too); for a stale template, whose metadata is another data's, they must
     * repeat the metadata sheet. The generator version may be any.
     */
    void checkProperties(Metadata expected, boolean stale) {
        if (properties.isEmpty()) {
            findings.add(FindingCode.METADATA_ALTERED, null, PROPERTIES_PART, "the upm.* document properties were "
                    + "removed");
            return;
        }
        expected.asMap().keySet().stream().filter(key -> !key.equals(Metadata.GENERATOR_VERSION)).forEach(key -> {
            String wanted = stale ? value(key) : expected.asMap().get(key);
            String actual = properties.get(key);
            if (wanted != null && !wanted.equals(actual)) {
                findings.add(FindingCode.METADATA_ALTERED, null, PROPERTIES_PART, "the document property "
                        + Metadata.PROPERTY_PREFIX + key + " was changed", wanted, actual == null ? "(missing)" : actual);
            }
        });
    }

    /** The sheet's value of {@code key}, else the property's; null when neither has it. */
    private String value(String key) {
        MetaReader.Entry entry = sheet.get(key);
        return entry != null ? entry.value() : properties.get(key);
    }

    private Integer integer(String key) {
        String value = value(key);
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String cell(String key) {
        MetaReader.Entry entry = sheet.get(key);
        return entry == null ? null : CellRef.a1(entry.row(), MetaSheet.VALUE_COLUMN);
    }

    private static String quote(String value) {
        return value == null ? "(none)" : "'" + Numbers.clip(value) + "'";
    }

    private static String shortened(String fingerprint) {
        return fingerprint == null ? "(none)" : fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }
}
