package org.upm.layout;

import java.util.List;
import java.util.Optional;

/**
 * The sheet of input lines (Customers or Facilities): header in row 1, then {@code rows} prepared lines.
 */
public record LineSheet(String name, List<Column> columns, int rows) {
    /** Zero-based row of the header labels. */
    public static final int HEADER_ROW = 0;
    /** Zero-based row of the first line. */
    public static final int FIRST_LINE_ROW = 1;

    public LineSheet {
        columns = List.copyOf(columns);
    }

    /**
     * Zero-based column of the header row's banner cell when the data is illustrative: one empty
     * column right of the last column, so the header stays in row 1 and the filter range stays clean.
     */
    public int bannerColumn() {
        return columns.size() + 1;
    }

    /** Zero-based row of the last prepared line. */
    public int lastLineRow() {
        return FIRST_LINE_ROW + rows - 1;
    }

    public Optional<Column> column(String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst();
    }

    public List<Column> inputs() {
        return columns.stream().filter(Column::isInput).toList();
    }

    public List<Column> computed() {
        return columns.stream().filter(c -> !c.isInput()).toList();
    }

    /** The Check column, always the last: "OK", empty on an empty line, or what is wrong in words. */
    public Column check() {
        return columns.get(columns.size() - 1);
    }

    /**
     * The conditional-format formula that highlights a line whose Check is neither empty nor OK,
     * written for the first line row (one-based row {@code FIRST_LINE_ROW + 1}) and applied to every
     * cell of every line (the column is absolute, the row relative), e.g.
     * {@code AND($K2<>"",$K2<>"OK")}.
     */
    public String problemHighlightFormula() {
        String cell = "$" + check().letter() + (FIRST_LINE_ROW + 1);
        return "AND(" + cell + "<>\"\"," + cell + "<>\"" + Names.CHECK_OK + "\")";
    }

    /** Zero-based index of the last column (the Check column). */
    public int lastColumn() {
        return columns.size() - 1;
    }

    /** Absolute reference to a column's prepared lines, e.g. {@code Customers!$J$2:$J$5001}. */
    public String range(Column column) {
        return CellRef.absoluteRange(name, FIRST_LINE_ROW, column.index(), lastLineRow(), column.index());
    }
}
