package org.upm.layout;

/**
 * A bar chart over a column of labels and a column of values on the same sheet; rows and columns
 * zero-based, inclusive.
 *
 * @param anchor where the chart's top-left corner goes: {firstColumn, firstRow, lastColumn, lastRow}
 */
public record ChartSpec(String title, String axisTitle, int firstRow, int lastRow, int labelColumn, int valueColumn,
        int[] anchor) {
}
