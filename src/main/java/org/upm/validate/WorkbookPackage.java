package org.upm.validate;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * The package of an .xlsx opened read-only with POI's OPC layer (never written), and the parts the
 * validator reads: the workbook, its sheets, shared strings and custom properties. Also scans the
 * package for macros and links to the outside.
 */
final class WorkbookPackage implements Closeable {
    private static final String SHARED_STRINGS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    private static final String STRICT_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    private static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";
    private static final String EXTERNAL_LINK_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml";
    private static final String CONNECTIONS_CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml";

    private final OPCPackage pkg;
    private final Budget budget;
    private final PackagePart workbook;

    private WorkbookPackage(OPCPackage pkg, Budget budget, PackagePart workbook) {
        this.pkg = pkg;
        this.budget = budget;
        this.workbook = workbook;
    }

    /**
     * Opens {@code file} read-only, or adds one finding and returns empty when it is no usable
     * workbook package.
     */
    static Optional<WorkbookPackage> open(Path file, Budget budget, Findings findings) throws InvalidFormatException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            PackageRelationshipCollection docs = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (docs.size() == 0) {
                boolean strict = pkg.getRelationshipsByType(STRICT_DOCUMENT).size() > 0;
                findings.add(FindingCode.UNREADABLE_FILE, null, null, strict
                        ? "the workbook is saved as Strict Open XML, which upm does not read"
                        : "the package has no main document, so it is not a workbook");
                pkg.revert();
                return Optional.empty();
            }
            PackagePart workbook = pkg.getPart(docs.getRelationship(0));
            if (workbook == null) {
                findings.add(FindingCode.UNREADABLE_FILE, null, null, "the package's main document part is missing");
                pkg.revert();
                return Optional.empty();
            }
            return Optional.of(new WorkbookPackage(pkg, budget, workbook));
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** Adds {@code macro-enabled} and returns false when the workbook is macro-enabled or holds macros. */
    boolean checkMacros(Findings findings) throws InvalidFormatException {
        String type = workbook.getContentType().toLowerCase(Locale.ROOT);
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            findings.add(FindingCode.UNREADABLE_FILE, null, null, "the package is an Office document but not a "
                    + "spreadsheet (" + workbook.getContentType() + ")");
            return false;
        }
        if (type.contains("macroenabled")) {
            findings.add(FindingCode.MACRO_ENABLED, null, null, "the workbook is saved as macro-enabled ("
                    + workbook.getContentType() + ")");
            return false;
        }
        for (PackagePart part : pkg.getParts()) {
            String partType = part.getContentType().toLowerCase(Locale.ROOT);
            if (partType.equalsIgnoreCase(VBA_CONTENT_TYPE) || partType.contains("macrosheet")) {
                findings.add(FindingCode.MACRO_ENABLED, null, part.getPartName().getName(),
                        "the workbook contains macros (" + part.getPartName().getName() + ")");
                return false;
            }
        }
        return true;
    }

    /** Adds one {@code external-link} finding per link part, connection part or external relationship. */
    void checkExternalLinks(Findings findings) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName();
            String type = part.getContentType();
            if (EXTERNAL_LINK_CONTENT_TYPE.equals(type)) {
                findings.add(FindingCode.EXTERNAL_LINK, null, name, "the workbook links to another workbook (" + name
                        + ")");
            } else if (CONNECTIONS_CONTENT_TYPE.equals(type)) {
                findings.add(FindingCode.EXTERNAL_LINK, null, name, "the workbook has data connections (" + name + ")");
            }
            if (!part.isRelationshipPart()) {
                for (PackageRelationship rel : part.getRelationships()) {
                    if (rel.getTargetMode() == TargetMode.EXTERNAL && !rel.getRelationshipType().endsWith("/hyperlink")) {
                        findings.add(FindingCode.EXTERNAL_LINK, null, name, "part " + name + " refers to "
                                + rel.getTargetURI() + " outside the file");
                    }
                }
            }
        }
    }

    PackagePart workbookPart() {
        return workbook;
    }

    /** The sheet part the workbook's relationship {@code relationshipId} points at, if any. */
    Optional<PackagePart> sheetPart(String relationshipId) throws InvalidFormatException {
        if (relationshipId == null) {
            return Optional.empty();
        }
        PackageRelationship rel = workbook.getRelationship(relationshipId);
        return rel == null || rel.getTargetMode() == TargetMode.EXTERNAL ? Optional.empty() : related(rel);
    }

    Optional<PackagePart> sharedStrings() throws InvalidFormatException {
        PackageRelationshipCollection rels = workbook.getRelationshipsByType(SHARED_STRINGS);
        return rels.size() == 0 ? Optional.empty() : related(rels.getRelationship(0));
    }

    /** The part a relationship of the workbook points at; empty when the package lacks it. */
    private Optional<PackagePart> related(PackageRelationship rel) throws InvalidFormatException {
        try {
            return Optional.ofNullable(workbook.getRelatedPart(rel));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<PackagePart> customProperties() {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CUSTOM_PROPERTIES);
        return rels.size() == 0 ? Optional.empty() : Optional.ofNullable(pkg.getPart(rels.getRelationship(0)));
    }

    /** Parses a part into {@code handler}, counting its expanded bytes against the budget. */
    void parse(PackagePart part, org.xml.sax.ContentHandler handler) throws IOException, org.xml.sax.SAXException {
        String name = part.getPartName().getName();
        Xml.parse(budget.guard(part.getInputStream(), name), name, handler);
    }

    /** Parses a worksheet part; see {@link Xml#parseWithoutNamespaces}. */
    void parseSheet(PackagePart part, SheetReader reader) throws IOException, org.xml.sax.SAXException {
        String name = part.getPartName().getName();
        Xml.parseWithoutNamespaces(budget.guard(part.getInputStream(), name), name, reader);
    }

    /** Closes without writing: a read-only package is reverted, never saved. */
    @Override
    public void close() {
        pkg.revert();
    }
}
