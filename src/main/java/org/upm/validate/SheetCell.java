package org.upm.validate;

import java.math.BigDecimal;
import org.upm.layout.CellRef;

/**
 * One cell as the sheet reader met it: position, value and formula. Mutable and reused for every
 * cell of a sheet, so a sink must copy what it keeps.
 */
final class SheetCell {
    /** What the cell's value is; a formula cell's value is its cached result. */
    enum Kind { NONE, NUMBER, TEXT, BOOLEAN, ERROR }

    int row;
    int column;
    Kind kind = Kind.NONE;
    /** The value as written (a number's digits, an error's code), or the shared string's text. */
    final StringBuilder value = new StringBuilder();
    /** The shared string when the value is one (avoids copying it into {@link #value}). */
    String sharedText;
    boolean hasFormula;
    /** The formula without '=' as written; for a shared formula's other cells see {@link #formula()}. */
    final StringBuilder formula = new StringBuilder();
    /** The master of this cell's shared formula while it is not expanded yet, else null. */
    SharedFormula shared;

    void reset(int row, int column) {
        this.row = row;
        this.column = column;
        kind = Kind.NONE;
        value.setLength(0);
        sharedText = null;
        hasFormula = false;
        formula.setLength(0);
        shared = null;
    }

    /**
     * The formula without '=': a shared formula expanded for this cell on first use (most cells of a
     * shared group never need it, see {@link SharedFormula#isTemplate}); empty when it has no master.
     */
    StringBuilder formula() {
        if (shared != null) {
            shared.expandTo(row, column, formula);
            shared = null;
        }
        return formula;
    }

    /** The value's text: the string itself, a number's digits, TRUE/FALSE's 1/0, an error code. */
    CharSequence text() {
        return sharedText != null ? sharedText : value;
    }

    String textString() {
        return sharedText != null ? sharedText : value.toString();
    }

    /** True when the cell has neither a value (an empty string counts as none) nor a formula. */
    boolean isEmpty() {
        return !hasFormula && isBlankValue();
    }

    /** True when there is no value or the value is the empty string, as a formula's {@code =""} sees it. */
    boolean isBlankValue() {
        return kind == Kind.NONE || kind == Kind.TEXT && text().length() == 0;
    }

    /** The number, or null when the value is not a number (or its digits are malformed). */
    BigDecimal number() {
        return kind == Kind.NUMBER ? Numbers.parse(value) : null;
    }

    String a1() {
        return CellRef.a1(row, column);
    }

    /** The value for a report: text quoted, numbers plain, "(empty)". */
    String describeValue() {
        return Captured.of(this).describe();
    }
}
