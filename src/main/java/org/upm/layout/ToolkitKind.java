package org.upm.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two toolkits distributed each year. */
public enum ToolkitKind {
    /** A health IT vendor lists every customer site and application. */
    VENDOR("vendor", "Vendor", "Customers", "VendorName", "Vendor name"),
    /** A health care delivery organization lists its own facilities. */
    ORGANIZATION("organization", "Organization", "Facilities", "OrganizationName", "Organization name");

    private final String id;
    private final String title;
    private final String lineSheetName;
    private final String reporterDefinedName;
    private final String reporterLabel;

    ToolkitKind(String id, String title, String lineSheetName, String reporterDefinedName, String reporterLabel) {
        this.id = id;
        this.title = title;
        this.lineSheetName = lineSheetName;
        this.reporterDefinedName = reporterDefinedName;
        this.reporterLabel = reporterLabel;
    }

    /** Lower-case identifier used on the command line, in metadata and reports. */
    public String id() {
        return id;
    }

    /** Capitalised word used in file names and titles. */
    public String title() {
        return title;
    }

    /** Name of the sheet holding one input line per row. */
    public String lineSheetName() {
        return lineSheetName;
    }

    /** Defined name of the Summary cell that names who reports. */
    public String reporterDefinedName() {
        return reporterDefinedName;
    }

    public String reporterLabel() {
        return reporterLabel;
    }

    /** File name of this kind's toolkit for a year, e.g. {@code UPM-Vendor-Toolkit-CPT2026.xlsx}. */
    public String fileName(int cptYear) {
        return "UPM-" + title + "-Toolkit-CPT" + cptYear + ".xlsx";
    }

    public static Optional<ToolkitKind> fromId(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(key)).findFirst();
    }
}
