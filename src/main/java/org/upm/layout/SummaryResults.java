package org.upm.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result cells of the Summary sheet and which total each shows, so a reader of a filled workbook
 * can compare them with a recalculation without knowing the sheet's arrangement.
 */
public final class SummaryResults {
    /** Zero-based column holding the application or care-setting code beside each total. */
    private static final int CODE_COLUMN = 1;

    /** What a result cell totals. */
    public enum Scope {
        /** Proxy users of one application ({@link Result#code()} is its code). */
        APPLICATION,
        /** Proxy users of one care setting ({@link Result#code()} is its code). */
        CARE_SETTING,
        /** Every counted line's proxy users (defined name {@link Names#TOTAL_PROXY_USERS}). */
        TOTAL_USERS,
        /** Dollars to the cent (defined name {@link Names#ROYALTY_ESTIMATE}). */
        ROYALTY
    }

    /**
     * One result cell.
     *
     * @param cell the formula cell on the Summary sheet
     * @param code application or care-setting code; null for the total and the royalty
     */
    public record Result(CellSpec cell, Scope scope, String code) {
    }

    private SummaryResults() {
    }

    /** Every result cell of {@code layout}'s Summary sheet, top to bottom. */
    public static List<Result> of(ToolkitLayout layout) {
        FixedSheet summary = layout.summary();
        List<Result> results = new ArrayList<>();
        for (CellSpec cell : summary.cells()) {
            if (!cell.isFormula()) {
                continue;
            }
            if (Names.TOTAL_PROXY_USERS.equals(cell.definedName())) {
                results.add(new Result(cell, Scope.TOTAL_USERS, null));
            } else if (Names.ROYALTY_ESTIMATE.equals(cell.definedName())) {
                results.add(new Result(cell, Scope.ROYALTY, null));
            } else {
                codeBeside(summary, cell).ifPresent(code -> scope(layout, cell, code)
                        .ifPresent(scope -> results.add(new Result(cell, scope, code))));
            }
        }
        return List.copyOf(results);
    }

    private static Optional<String> codeBeside(FixedSheet summary, CellSpec cell) {
        return summary.cell(cell.row(), CODE_COLUMN).map(CellSpec::value).filter(String.class::isInstance)
                .map(String.class::cast);
    }

    /** Application totals fill the rows from {@link SummarySheet#FIRST_APPLICATION_ROW}, care settings follow. */
    private static Optional<Scope> scope(ToolkitLayout layout, CellSpec cell, String code) {
        int applications = layout.model().applications().size();
        if (cell.row() >= SummarySheet.FIRST_APPLICATION_ROW
                && cell.row() < SummarySheet.FIRST_APPLICATION_ROW + applications) {
            return Optional.of(Scope.APPLICATION);
        }
        if (layout.model().careSettings().stream().anyMatch(c -> c.code().equals(code))) {
            return Optional.of(Scope.CARE_SETTING);
        }
        return Optional.empty();
    }
}
