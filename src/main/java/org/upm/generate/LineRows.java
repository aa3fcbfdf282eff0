package org.upm.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.upm.layout.Column;
import org.upm.layout.LineSheet;

/**
 * Streams the prepared lines of the line sheet as SpreadsheetML {@code <row>} elements: an empty,
 * unlocked, styled cell per input column and a formula cell per computed column. Constant memory, so
 * 100,000 lines fit in a small heap.
 *
 * <p>Each computed column is one shared formula (ECMA-376 §18.3.1.40): the first line carries the
 * layout's formula and the range it covers, the other lines refer to it, as Excel itself writes a
 * filled-down column. Excel, LibreOffice, Gnumeric and POI expand it to the layout's formula at each
 * row; the file stays small and fast to write.
 *
 * <p>The cached result of every formula is the empty string, which is what each formula yields on an
 * empty line: a viewer that does not recalculate shows empty lines, as it should.
 */
final class LineRows {
    private final LineSheet lines;
    private final String[] cellPrefix;
    private final String[] firstRowTail;
    private final String[] otherRowTail;

    /** @param styleIndex style index of each column's cells, by zero-based column */
    LineRows(LineSheet lines, int[] styleIndex) {
        this.lines = lines;
        List<Column> columns = lines.columns();
        cellPrefix = new String[columns.size()];
        firstRowTail = new String[columns.size()];
        otherRowTail = new String[columns.size()];
        int shared = 0;
        int firstRow = LineSheet.FIRST_LINE_ROW + 1;
        for (Column column : columns) {
            int i = column.index();
            cellPrefix[i] = "<c r=\"" + column.letter();
            if (column.isInput()) {
                firstRowTail[i] = "\" s=\"" + styleIndex[i] + "\"/>";
                otherRowTail[i] = firstRowTail[i];
            } else {
                String head = "\" s=\"" + styleIndex[i] + "\" t=\"str\"><f t=\"shared\"";
                String ref = column.letter() + firstRow + ":" + column.letter() + (lines.lastLineRow() + 1);
                firstRowTail[i] = head + " ref=\"" + ref + "\" si=\"" + shared + "\">"
                        + Xml.escape(column.formula(firstRow)) + "</f><v></v></c>";
                otherRowTail[i] = head + " si=\"" + shared + "\"/><v></v></c>";
                shared++;
            }
        }
    }

    /** Writes every line row, in order. */
    void write(Writer out) throws IOException {
        StringBuilder row = new StringBuilder(1024);
        for (int r = LineSheet.FIRST_LINE_ROW; r <= lines.lastLineRow(); r++) {
            String number = Integer.toString(r + 1);
            String[] tails = r == LineSheet.FIRST_LINE_ROW ? firstRowTail : otherRowTail;
            row.setLength(0);
            row.append("<row r=\"").append(number).append("\">");
            for (int c = 0; c < cellPrefix.length; c++) {
                row.append(cellPrefix[c]).append(number).append(tails[c]);
            }
            row.append("</row>");
            out.append(row);
        }
    }
}
