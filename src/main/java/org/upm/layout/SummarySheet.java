package org.upm.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.ProxyModel;

/**
 * The Summary sheet: reporting inputs, proxy users per application and per care setting, the total,
 * the royalty estimate and a bar chart. Cached values are those of the empty toolkit (zero users,
 * royalty = entity fee), which is what a viewer that does not recalculate should show.
 */
public final class SummarySheet {
    /** Zero-based rows of the reporting inputs, column B. */
    public static final int REPORTER_ROW = 4;
    public static final int CONTRACT_ROW = 5;
    public static final int REPORTING_YEAR_ROW = 6;
    public static final int INPUT_COLUMN = 1;
    /** Zero-based row of the first application total. */
    public static final int FIRST_APPLICATION_ROW = 9;
    /** Column of every total on this sheet. */
    public static final int VALUE_COLUMN = 2;

    private SummarySheet() {
    }

    static FixedSheet build(ToolkitKind kind, ProxyModel model, LineSheet lines) {
        List<CellSpec> cells = new ArrayList<>();
        cells.add(CellSpec.text(0, 0, Style.TITLE, "CPT " + model.cptYear() + " User Proxy Model: summary"));
        cells.add(Banner.cell(model, 1, "Every figure in this toolkit is published."));
        cells.add(CellSpec.text(3, 0, Style.HEADER, "Reporting information (required)"));
        reportingInputs(cells, kind, model);
        cells.add(CellSpec.text(FIRST_APPLICATION_ROW - 1, 0, Style.HEADER, "Proxy users by application"));
        cells.add(CellSpec.text(FIRST_APPLICATION_ROW - 1, 1, Style.HEADER, "Code"));
        cells.add(CellSpec.text(FIRST_APPLICATION_ROW - 1, VALUE_COLUMN, Style.HEADER, "Proxy users"));
        int row = FIRST_APPLICATION_ROW;
        for (Application app : model.applications()) {
            totalRow(cells, row, app.name(), app.code(), byApplication(kind, lines, app, row));
            row++;
        }
        row++;
        cells.add(CellSpec.text(row, 0, Style.HEADER, "Proxy users by care setting"));
        cells.add(CellSpec.text(row, 1, Style.HEADER, "Code"));
        cells.add(CellSpec.text(row, VALUE_COLUMN, Style.HEADER, "Proxy users"));
        int firstCareRow = ++row;
        for (CareSetting setting : model.careSettings()) {
            totalRow(cells, row, setting.name(), setting.code(), byCareSetting(kind, lines, row));
            row++;
        }
        int lastCareRow = row - 1;
        row++;
        totals(cells, kind, model, lines, row);
        ChartSpec chart = new ChartSpec("Proxy users by care setting", "Proxy users", firstCareRow, lastCareRow, 0,
                VALUE_COLUMN, new int[] {4, FIRST_APPLICATION_ROW - 1, 12, FIRST_APPLICATION_ROW + 20});
        return new FixedSheet(Names.SUMMARY, FixedSheet.Visibility.VISIBLE, cells, List.of(36, 20, 16), chart);
    }

    private static void reportingInputs(List<CellSpec> cells, ToolkitKind kind, ProxyModel model) {
        cells.add(CellSpec.text(REPORTER_ROW, 0, Style.LABEL, kind.reporterLabel()));
        cells.add(CellSpec.input(REPORTER_ROW, INPUT_COLUMN, Style.INPUT_TEXT, kind.reporterDefinedName(),
                Rules.reporter(kind.reporterLabel())));
        cells.add(CellSpec.text(CONTRACT_ROW, 0, Style.LABEL, "Contract ID"));
        cells.add(CellSpec.input(CONTRACT_ROW, INPUT_COLUMN, Style.INPUT_TEXT, Names.CONTRACT_ID, Rules.contractId()));
        cells.add(CellSpec.text(REPORTING_YEAR_ROW, 0, Style.LABEL, "Reporting year"));
        cells.add(CellSpec.input(REPORTING_YEAR_ROW, INPUT_COLUMN, Style.INPUT_WHOLE, Names.REPORTING_YEAR,
                Rules.reportingYear(model.cptYear())));
    }

    private static void totalRow(List<CellSpec> cells, int row, String label, String code, String formula) {
        cells.add(CellSpec.text(row, 0, Style.VALUE_TEXT, label));
        cells.add(CellSpec.text(row, 1, Style.VALUE_TEXT, code));
        cells.add(CellSpec.formula(row, VALUE_COLUMN, Style.COMPUTED_USERS, formula, 0L, null));
    }

    private static String byApplication(ToolkitKind kind, LineSheet lines, Application app, int row) {
        if (kind == ToolkitKind.VENDOR) {
            return "SUMIFS(" + lines.range(column(lines, VendorLines.PROXY_USERS)) + ","
                    + lines.range(column(lines, VendorLines.APPLICATION)) + "," + CellRef.a1(row, 0) + ")";
        }
        return "SUM(" + lines.range(column(lines, OrganizationLines.usersHeader(app.code()))) + ")";
    }

    private static String byCareSetting(ToolkitKind kind, LineSheet lines, int row) {
        String label = CellRef.a1(row, 0);
        if (kind == ToolkitKind.VENDOR) {
            return "SUMIFS(" + lines.range(column(lines, VendorLines.PROXY_USERS)) + ","
                    + lines.range(column(lines, VendorLines.CARE_SETTING)) + "," + label + ")";
        }
        String careRange = lines.range(column(lines, OrganizationLines.CARE_SETTING));
        return usersColumns(lines).stream().map(c -> "SUMIFS(" + lines.range(c) + "," + careRange + "," + label + ")")
                .collect(Collectors.joining("+"));
    }

    private static void totals(List<CellSpec> cells, ToolkitKind kind, ProxyModel model, LineSheet lines, int row) {
        Column check = column(lines, kind == ToolkitKind.VENDOR ? VendorLines.CHECK : OrganizationLines.CHECK);
        List<Column> users = kind == ToolkitKind.VENDOR ? List.of(column(lines, VendorLines.PROXY_USERS))
                : usersColumns(lines);
        String usersRange = CellRef.absoluteRange(lines.name(), LineSheet.FIRST_LINE_ROW, users.get(0).index(),
                lines.lastLineRow(), users.get(users.size() - 1).index());
        String checkRange = lines.range(check);
        cells.add(CellSpec.text(row, 0, Style.LABEL, "Lines with a problem (see the Check column)"));
        cells.add(CellSpec.formula(row, VALUE_COLUMN, Style.COMPUTED_USERS,
                "COUNTIF(" + checkRange + ",\"?*\")-COUNTIF(" + checkRange + ",\"" + Names.CHECK_OK + "\")", 0L, null));
        cells.add(CellSpec.text(row + 1, 0, Style.LABEL, "Total proxy users"));
        cells.add(CellSpec.formula(row + 1, VALUE_COLUMN, Style.COMPUTED_USERS, "SUM(" + usersRange + ")", 0L,
                Names.TOTAL_PROXY_USERS));
        cells.add(CellSpec.text(row + 2, 0, Style.LABEL, "Royalty estimate (" + model.royalty().currency()
                + ", entity fee + fee per user)"));
        BigDecimal emptyRoyalty = model.royalty().entityFee();
        cells.add(CellSpec.formula(row + 2, VALUE_COLUMN, Style.COMPUTED_MONEY, "ROUND(" + Names.ENTITY_FEE + "+"
                + Names.PER_USER_FEE + "*" + Names.TOTAL_PROXY_USERS + ",2)", emptyRoyalty, Names.ROYALTY_ESTIMATE));
    }

    private static List<Column> usersColumns(LineSheet lines) {
        return lines.columns().stream().filter(c -> c.applicationCode() != null && !c.isInput()).toList();
    }

    private static Column column(LineSheet lines, String header) {
        return lines.column(header).orElseThrow(() -> new IllegalStateException("layout has no column " + header));
    }
}
