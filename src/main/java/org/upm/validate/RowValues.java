package org.upm.validate;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The values of one line-sheet row that the checks need, kept until the row ends: the inputs and the
 * cached proxy users. Reused for every row.
 */
final class RowValues {
    private final SheetCell.Kind[] kinds;
    private final String[] texts;

    RowValues(int columns) {
        kinds = new SheetCell.Kind[columns];
        texts = new String[columns];
        clear();
    }

    void clear() {
        Arrays.fill(kinds, SheetCell.Kind.NONE);
        Arrays.fill(texts, "");
    }

    void put(SheetCell cell) {
        kinds[cell.column] = cell.kind;
        texts[cell.column] = cell.kind == SheetCell.Kind.NONE ? "" : cell.textString();
    }

    SheetCell.Kind kind(int column) {
        return kinds[column];
    }

    String text(int column) {
        return texts[column];
    }

    /** No value, or the empty string: what the workbook's {@code =""} calls blank. */
    boolean isBlank(int column) {
        return kinds[column] == SheetCell.Kind.NONE || kinds[column] == SheetCell.Kind.TEXT && texts[column].isEmpty();
    }

    /** Text that is empty or only spaces, or no value: nothing a person would call a name. */
    boolean isEmptyText(int column) {
        return isBlank(column) || kinds[column] == SheetCell.Kind.TEXT && texts[column].isBlank();
    }

    /** The text of a text cell, or null for any other kind. */
    String textOnly(int column) {
        return kinds[column] == SheetCell.Kind.TEXT ? texts[column] : null;
    }

    /** The number as the workbook's formulas see it (see {@link Numbers#asSpreadsheetSees}), or null. */
    BigDecimal number(int column) {
        BigDecimal number = kinds[column] == SheetCell.Kind.NUMBER ? Numbers.parse(texts[column]) : null;
        return number == null ? null : Numbers.asSpreadsheetSees(number);
    }

    /** The value for a report. */
    String describe(int column) {
        return new Captured("", kinds[column], texts[column], false).describe();
    }
}
