package org.upm.layout;

/**
 * One column of a line sheet.
 *
 * @param index zero-based column index
 * @param header the exact header label in row 1
 * @param formulaTemplate for computed columns: the formula without '=' with {@code {r}} standing for the
 *        one-based row number; null for inputs
 * @param rule for inputs: the data validation; null for computed columns
 * @param width column width in characters
 * @param applicationCode the application this column belongs to (organization toolkit), or null
 */
public record Column(int index, String header, Style style, String formulaTemplate, InputRule rule, int width,
        String applicationCode) {

    public boolean isInput() {
        return style.isInput();
    }

    /** Column letters, e.g. "A", "K". */
    public String letter() {
        return CellRef.columnLetters(index);
    }

    /** This column's formula at a one-based row. */
    public String formula(int row) {
        return formulaTemplate.replace("{r}", Integer.toString(row));
    }
}
