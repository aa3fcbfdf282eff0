package org.upm.layout;

import java.util.List;

/**
 * The role of each column of a toolkit's line sheet, for readers of a filled workbook (the validator):
 * which column holds the name, the care setting, the base metric, the answers, the proxy users. The
 * roles come from the same header constants the layout is built from, so a reader needs no header
 * text or position of its own.
 *
 * @param name customer or facility name
 * @param customerId vendor toolkit: the customer ID; null for the organization toolkit
 * @param city city of the site
 * @param state two-letter state code
 * @param careSetting care setting name (dropdown)
 * @param application vendor toolkit: the application name (dropdown); null for the organization toolkit
 * @param baseMetricValue the base metric, a whole number
 * @param answers organization toolkit: the Yes/No column of each application, in the data file's order,
 *        each with its {@link Column#applicationCode()}; empty for the vendor toolkit
 * @param users computed proxy users: vendor toolkit one column (application code null, the line's
 *        application applies); organization toolkit one per application, with its code
 * @param check the computed Check column
 */
public record LineColumns(Column name, Column customerId, Column city, Column state, Column careSetting,
        Column application, Column baseMetricValue, List<Column> answers, List<Column> users, Column check) {

    public LineColumns {
        answers = List.copyOf(answers);
        users = List.copyOf(users);
    }

    /** The roles of {@code layout}'s line sheet. */
    public static LineColumns of(ToolkitLayout layout) {
        LineSheet lines = layout.lines();
        if (layout.kind() == ToolkitKind.VENDOR) {
            return new LineColumns(column(lines, VendorLines.CUSTOMER_NAME), column(lines, VendorLines.CUSTOMER_ID),
                    column(lines, VendorLines.CITY), column(lines, VendorLines.STATE),
                    column(lines, VendorLines.CARE_SETTING), column(lines, VendorLines.APPLICATION),
                    column(lines, VendorLines.BASE_METRIC_VALUE), List.of(),
                    List.of(column(lines, VendorLines.PROXY_USERS)), column(lines, VendorLines.CHECK));
        }
        List<Column> perApplication = lines.columns().stream().filter(c -> c.applicationCode() != null).toList();
        return new LineColumns(column(lines, OrganizationLines.FACILITY_NAME), null,
                column(lines, OrganizationLines.CITY), column(lines, OrganizationLines.STATE),
                column(lines, OrganizationLines.CARE_SETTING), null, column(lines, OrganizationLines.BASE_METRIC_VALUE),
                perApplication.stream().filter(Column::isInput).toList(),
                perApplication.stream().filter(c -> !c.isInput()).toList(), column(lines, OrganizationLines.CHECK));
    }

    private static Column column(LineSheet lines, String header) {
        return lines.column(header).orElseThrow(() -> new IllegalStateException("layout has no column " + header));
    }
}
