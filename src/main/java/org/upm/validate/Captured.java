package org.upm.validate;

import java.math.BigDecimal;

/**
 * A copy of a cell's value kept after the reader moved on: an input, or a formula's cached result.
 *
 * @param text the value's text (a number's digits); "" when there is none
 */
record Captured(String a1, SheetCell.Kind kind, String text, boolean hasFormula) {

    static Captured of(SheetCell cell) {
        return new Captured(cell.a1(), cell.kind, cell.textString(), cell.hasFormula);
    }

    /** True when there is no value or it is the empty string. */
    boolean isBlank() {
        return kind == SheetCell.Kind.NONE || kind == SheetCell.Kind.TEXT && text.isEmpty();
    }

    /** The number, or null when the value is not a number. */
    BigDecimal number() {
        return kind == SheetCell.Kind.NUMBER ? Numbers.parse(text) : null;
    }

    /** The value for a report. */
    String describe() {
        return switch (kind) {
            case NONE -> "(empty)";
            case TEXT -> text.isEmpty() ? "(empty text)" : "'" + Numbers.clip(text) + "'";
            case NUMBER -> Numbers.plain(text);
            case BOOLEAN -> "1".equals(text) || "true".equals(text) ? "TRUE" : "FALSE";
            case ERROR -> text;
        };
    }
}
