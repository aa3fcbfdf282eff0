package org.upm.layout;

import java.util.List;
import java.util.Optional;

/**
 * A sheet whose every cell is known in advance (Instructions, Summary, Multipliers, metadata).
 *
 * @param widths column widths in characters, from column A
 * @param chart the bar chart to draw, or null
 */
public record FixedSheet(String name, Visibility visibility, List<CellSpec> cells, List<Integer> widths,
        ChartSpec chart) {

    public enum Visibility { VISIBLE, VERY_HIDDEN }

    public FixedSheet {
        cells = List.copyOf(cells);
        widths = List.copyOf(widths);
    }

    public Optional<CellSpec> cell(int row, int column) {
        return cells.stream().filter(c -> c.row() == row && c.column() == column).findFirst();
    }

    public Optional<CellSpec> named(String definedName) {
        return cells.stream().filter(c -> definedName.equals(c.definedName())).findFirst();
    }

    /** One past the last row used (zero-based). */
    public int rowCount() {
        return cells.stream().mapToInt(CellSpec::row).max().orElse(-1) + 1;
    }
}
