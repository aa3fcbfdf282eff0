package org.upm.generate;

import org.apache.poi.xssf.usermodel.XSSFRow;

/** Column widths in characters → OOXML units, and row heights that fit wrapped text. */
final class Widths {
    /** Excel's default column width, in characters. */
    static final int DEFAULT_CHARACTERS = 9;
    /** Height of one line of 11-point text, in points (Excel's default row height). */
    static final float LINE_POINTS = 15f;

    private Widths() {
    }

    /** Column width in 1/256 of a character, as POI and OOXML count it. */
    static int units(int characters) {
        return characters * 256;
    }

    /**
     * Makes the row tall enough for {@code text} wrapped in a column {@code width} characters wide.
     * Excel does not fit row heights on opening a file, so a wrapped paragraph would otherwise show
     * one line only. Counts one character per width unit, which slightly overestimates proportional
     * text: better a little air than a cut-off line.
     */
    static void fitHeight(XSSFRow row, String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + width - 1) / Math.max(1, width));
        }
        float height = lines * LINE_POINTS;
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }
}
