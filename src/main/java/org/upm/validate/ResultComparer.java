package org.upm.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.upm.layout.CellRef;

/**
 * Compares the proxy users cached in each line's cells with the engine's count. An empty cache where
 * the engine counts users is either a workbook that was never recalculated (a warning, once) or, when
 * other lines were recalculated, a stale result (an error per cell): that is decided at the end.
 */
final class ResultComparer {
    /** Stale cells kept to list; the rest are only counted, as {@link Findings} would cut them anyway. */
    private static final int MAX_KEPT = Findings.MAX_LISTED_PER_CODE;

    private record Stale(int row, int column, long expected) {
    }

    private final Findings findings;
    private final String sheet;
    private final List<Stale> stale = new ArrayList<>();
    private int staleCount;
    private int calculated;

    ResultComparer(Findings findings, String sheet) {
        this.findings = findings;
        this.sheet = sheet;
    }

    /**
     * @param expected the engine's users, or null when the workbook's formula should show nothing
     */
    void compare(int row, int column, Long expected, RowValues v) {
        SheetCell.Kind kind = v.kind(column);
        BigDecimal cached = v.number(column);
        if (cached != null) {
            calculated++;
            if (expected == null || !Numbers.sameCellValue(cached, BigDecimal.valueOf(expected))) {
                mismatch(row, column, expected, v.describe(column));
            }
        } else if (v.isBlank(column)) {
            if (expected != null) {
                staleCount++;
                if (stale.size() < MAX_KEPT) {
                    stale.add(new Stale(row, column, expected));
                }
            }
        } else if (kind != SheetCell.Kind.NONE) {
            mismatch(row, column, expected, v.describe(column));
        }
    }

    private void mismatch(int row, int column, Long expected, String actual) {
        findings.add(FindingCode.RESULT_MISMATCH, sheet, CellRef.a1(row, column), "the cached proxy users differ from "
                + "the recalculation", expected == null ? "(empty)" : expected.toString(), actual);
    }

    /** True when no line's result was ever calculated although some should have been. */
    boolean notRecalculated() {
        return staleCount > 0 && calculated == 0;
    }

    /** Reports the empty results: one warning for a workbook never recalculated, else an error per cell. */
    void finish() {
        if (staleCount == 0) {
            return;
        }
        if (notRecalculated()) {
            findings.add(FindingCode.NOT_RECALCULATED, sheet, null, String.format(Locale.ROOT, "%,d "
                    + "proxy-users cells of filled lines hold no result: the workbook was not recalculated after it was "
                    + "filled", staleCount));
            return;
        }
        for (Stale s : stale) {
            mismatch(s.row(), s.column(), s.expected(), "(empty)");
        }
        findings.addUnlisted(FindingCode.RESULT_MISMATCH, staleCount - stale.size());
    }
}
