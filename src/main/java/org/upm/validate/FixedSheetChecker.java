package org.upm.validate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.upm.layout.CellRef;
import org.upm.layout.CellSpec;

/**
 * Checks a sheet whose every cell the layout knows (Instructions, Summary, Multipliers, metadata):
 * values and labels, formulas, and no extra content. Keeps the cached results of formula cells and
 * the values of input cells for the later checks.
 */
final class FixedSheetChecker implements SheetReader.Sink {
    private final Expected.Fixed expected;
    private final Findings findings;
    /** The code for a wrong, missing or extra value; null when values are not compared (stale template). */
    private final FindingCode valueCode;
    /** Cells whose value may differ (e.g. the generator version); position keys. */
    private final Set<Long> exempt;
    private final Set<Long> seen = new HashSet<>();
    private final Map<Long, Captured> captured = new HashMap<>();
    private final StringBuilder scratch = new StringBuilder();

    FixedSheetChecker(Expected.Fixed expected, Findings findings, FindingCode valueCode, Set<Long> exempt) {
        this.expected = expected;
        this.findings = findings;
        this.valueCode = valueCode;
        this.exempt = exempt;
    }

    private String sheet() {
        return expected.sheet().name();
    }

    @Override
    public void cell(SheetCell cell) {
        long key = Expected.key(cell.row, cell.column);
        CellSpec spec = expected.cells().get(key);
        if (spec == null) {
            if (!cell.isEmpty() && valueCode != null) {
                findings.add(valueCode, sheet(), cell.a1(), "this cell holds " + describe(cell)
                        + " where the toolkit has nothing", "(empty)", describe(cell));
            }
            return;
        }
        seen.add(key);
        if (spec.isFormula()) {
            FormulaTemplate formula = expected.formulas().get(key);
            FormulaCheck.report(FormulaCheck.of(cell, formula, Integer.toString(cell.row + 1), scratch), findings,
                    sheet(), cell, spec.formula());
            captured.put(key, Captured.of(cell));
        } else if (spec.value() == null) {
            captured.put(key, Captured.of(cell));
        } else if (valueCode != null && !exempt.contains(key) && !sameValue(spec.value(), cell)) {
            findings.add(valueCode, sheet(), cell.a1(), "the value was changed", show(spec.value()), describe(cell));
        }
    }

    /** Reports what the sheet lacks; call after the sheet was read. */
    void finish() {
        for (Map.Entry<Long, CellSpec> e : expected.cells().entrySet()) {
            CellSpec spec = e.getValue();
            if (seen.contains(e.getKey())) {
                continue;
            }
            String a1 = CellRef.a1(spec.row(), spec.column());
            if (spec.isFormula()) {
                findings.add(FindingCode.FORMULA_ALTERED, sheet(), a1, "the formula was deleted", spec.formula(),
                        "(empty)");
            } else if (spec.value() != null && valueCode != null && !exempt.contains(e.getKey())) {
                findings.add(valueCode, sheet(), a1, "the value was deleted", show(spec.value()), "(empty)");
            }
        }
    }

    /** The cell's kept value (input or cached result); an empty capture when the cell was absent. */
    Captured captured(CellSpec spec) {
        Captured c = captured.get(Expected.key(spec.row(), spec.column()));
        return c != null ? c : new Captured(spec.a1(), SheetCell.Kind.NONE, "", false);
    }

    private static boolean sameValue(Object value, SheetCell cell) {
        if (cell.hasFormula) {
            return false;
        }
        if (value instanceof String s) {
            return cell.kind == SheetCell.Kind.TEXT && s.contentEquals(cell.text());
        }
        BigDecimal actual = cell.number();
        BigDecimal wanted = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return actual != null && Numbers.sameCellValue(actual, wanted);
    }

    private static String describe(SheetCell cell) {
        return cell.hasFormula ? "the formula " + Numbers.clip(cell.formula()) : cell.describeValue();
    }

    private static String show(Object value) {
        return value instanceof BigDecimal d ? Numbers.show(d) : value instanceof String s ? "'" + Numbers.clip(s) + "'"
                : String.valueOf(value);
    }
}
