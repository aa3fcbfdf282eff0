package org.upm.layout;

/**
 * One cell of a fixed (non-line) sheet.
 *
 * @param row zero-based
 * @param column zero-based
 * @param value the value written: a String, a {@link java.math.BigDecimal} or a Long; for a formula
 *        cell, the cached result a non-recalculating viewer shows (for the empty toolkit); null for
 *        an empty input cell
 * @param formula the formula without '=', or null
 * @param definedName the workbook-level name that refers to this cell, or null
 * @param rule data validation of an input cell, or null
 */
public record CellSpec(int row, int column, Style style, Object value, String formula, String definedName,
        InputRule rule) {

    public String a1() {
        return CellRef.a1(row, column);
    }

    public boolean isFormula() {
        return formula != null;
    }

    static CellSpec text(int row, int column, Style style, String text) {
        return new CellSpec(row, column, style, text, null, null, null);
    }

    static CellSpec value(int row, int column, Style style, Object value, String definedName) {
        return new CellSpec(row, column, style, value, null, definedName, null);
    }

    static CellSpec formula(int row, int column, Style style, String formula, Object cached, String definedName) {
        return new CellSpec(row, column, style, cached, formula, definedName, null);
    }

    static CellSpec input(int row, int column, Style style, String definedName, InputRule rule) {
        return new CellSpec(row, column, style, null, null, definedName, rule);
    }
}
