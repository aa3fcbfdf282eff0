package org.upm.layout;

/** A1-style cell references. Rows and columns here are zero-based; A1 strings are one-based. */
public final class CellRef {
    private CellRef() {
    }

    /** Zero-based column index to letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** Letters to zero-based column index: A → 0, AA → 26; -1 when not letters. */
    public static int columnIndex(String letters) {
        return columnIndex(letters, letters.length());
    }

    /**
     * The zero-based column named by the first {@code length} characters of {@code reference} (e.g. the
     * "AB" of "AB12", any case), without copying them; -1 when they are not 1 to 3 letters (XFD, the
     * last column a spreadsheet has, is three).
     */
    public static int columnIndex(CharSequence reference, int length) {
        if (length == 0 || length > 3) {
            return -1;
        }
        int index = 0;
        for (int i = 0; i < length; i++) {
            char ch = Character.toUpperCase(reference.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                return -1;
            }
            index = index * 26 + (ch - 'A' + 1);
        }
        return index - 1;
    }

    /** Zero-based row and column to "B7". */
    public static String a1(int row, int column) {
        return columnLetters(column) + (row + 1);
    }

    /** Absolute reference with sheet, e.g. {@code 'Multipliers'!$A$5:$A$13}, rows and columns zero-based. */
    public static String absoluteRange(String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
        return quote(sheet) + "!" + absolute(firstRow, firstColumn) + ":" + absolute(lastRow, lastColumn);
    }

    public static String absolute(int row, int column) {
        return "$" + columnLetters(column) + "$" + (row + 1);
    }

    /** Sheet names are quoted only when they need it, as Excel writes them. */
    public static String quote(String sheet) {
        return sheet.matches("[A-Za-z_][A-Za-z0-9_]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
