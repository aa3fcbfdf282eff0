package org.upm.validate;

/** How a computed cell's content compares with its expected formula. */
enum FormulaCheck {
    OK,
    /** A formula, but not the toolkit's (or a shared formula that could not be expanded). */
    ALTERED,
    /** A constant where the formula belongs. */
    OVERWRITTEN,
    /** Neither formula nor value. */
    MISSING;

    static FormulaCheck of(SheetCell cell, FormulaTemplate expected, String rowDigits, StringBuilder scratch) {
        if (cell.hasFormula) {
            if (cell.shared != null && cell.shared.isTemplate(expected, cell.column)) {
                return OK;
            }
            StringBuilder formula = cell.formula();
            return formula.length() > 0 && expected.matches(formula, rowDigits, scratch) ? OK : ALTERED;
        }
        return cell.kind == SheetCell.Kind.NONE ? MISSING : OVERWRITTEN;
    }

    /** Adds the finding for a cell that is not OK. */
    static void report(FormulaCheck check, Findings findings, String sheet, SheetCell cell, String expected) {
        switch (check) {
            case ALTERED -> findings.add(FindingCode.FORMULA_ALTERED, sheet, cell.a1(), cell.formula().length() == 0
                    ? "the shared formula of this cell has no master cell" : "the formula was changed",
                    expected, Numbers.clip(cell.formula()));
            case OVERWRITTEN -> findings.add(FindingCode.FORMULA_OVERWRITTEN, sheet, cell.a1(),
                    "the formula was replaced by the constant " + cell.describeValue(), expected, cell.describeValue());
            case MISSING -> findings.add(FindingCode.FORMULA_ALTERED, sheet, cell.a1(), "the formula was deleted",
                    expected, "(empty)");
            default -> {
            }
        }
    }
}
