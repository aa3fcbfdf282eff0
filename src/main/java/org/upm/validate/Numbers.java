package org.upm.validate;

import java.math.BigDecimal;

/** Reading and showing the numbers and texts of cells. */
final class Numbers {
    /** Longest text a report quotes before cutting it with "…". */
    private static final int CLIP = 120;

    private Numbers() {
    }

    /** The exact decimal a cell's digits stand for (e.g. "12", "0.1", "1.5E-3"), or null when malformed. */
    static BigDecimal parse(CharSequence digits) {
        String s = digits.toString().strip();
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The number a spreadsheet sees in a cell: cells hold binary doubles, and some programs write a
     * double's digits at length ("12.0000000000000000001" for 12). A fraction whose double is whole
     * is that whole number, as the workbook's INT() sees it; anything else is kept exactly.
     */
    static BigDecimal asSpreadsheetSees(BigDecimal number) {
        if (number.stripTrailingZeros().scale() <= 0) {
            return number;
        }
        double d = number.doubleValue();
        return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15 ? BigDecimal.valueOf((long) d) : number;
    }

    /** True when two numbers are the same double, as two cells holding them compare in a spreadsheet. */
    static boolean sameCellValue(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0 || a.doubleValue() == b.doubleValue();
    }

    /**
     * A cell's number as plain decimal digits ("12", "0.5"), in scientific notation when plain digits
     * would be absurdly long (a hostile "1E+999999"), or its raw text when malformed.
     */
    static String plain(CharSequence digits) {
        BigDecimal d = parse(digits);
        return d == null ? clip(digits) : show(d);
    }

    static String show(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() >= -20 && s.scale() <= 30 ? s.toPlainString() : s.toString();
    }

    /** Text cut to a readable length. */
    static String clip(CharSequence text) {
        return text.length() <= CLIP ? text.toString() : text.subSequence(0, CLIP) + "…";
    }
}
