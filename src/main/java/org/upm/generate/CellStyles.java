package org.upm.generate;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.upm.layout.Style;

/**
 * One cell style per layout {@link Style}, plus a variant with hidden formulas for formula cells. Input
 * styles are the only unlocked ones. All styles are created up front, in enum order, so the style
 * table is the same in every workbook.
 */
final class CellStyles {
    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF8, (byte) 0xDC};
    private static final byte[] INPUT_RULE = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    private static final byte[] COMPUTED_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};
    private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};
    private static final byte[] BANNER_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] BANNER_TEXT = {(byte) 0xC0, 0x00, 0x00};

    /** Calculated cells get a grey fill so a filler sees at a glance where not to type. */
    private static final Set<Style> COMPUTED = EnumSet.of(Style.COMPUTED_TEXT, Style.COMPUTED_MULTIPLIER,
            Style.COMPUTED_USERS, Style.COMPUTED_MONEY);

    private final Map<Style, XSSFCellStyle> plain = new EnumMap<>(Style.class);
    private final Map<Style, XSSFCellStyle> hiddenFormula = new EnumMap<>(Style.class);

    CellStyles(XSSFWorkbook workbook) {
        XSSFFont bold = font(workbook, true, 11, null);
        XSSFFont title = font(workbook, true, 14, null);
        XSSFFont banner = font(workbook, true, 11, BANNER_TEXT);
        for (Style style : Style.values()) {
            plain.put(style, create(workbook, style, false, bold, title, banner));
            hiddenFormula.put(style, create(workbook, style, true, bold, title, banner));
        }
    }

    /** The style of a cell; {@code formula} cells hide their formula. */
    XSSFCellStyle get(Style style, boolean formula) {
        return (formula ? hiddenFormula : plain).get(style);
    }

    private static XSSFCellStyle create(XSSFWorkbook workbook, Style style, boolean formula, XSSFFont bold,
            XSSFFont title, XSSFFont banner) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setLocked(!style.isInput());
        s.setHidden(formula && !style.isInput());
        s.setVerticalAlignment(VerticalAlignment.TOP);
        switch (style) {
            case TITLE -> s.setFont(title);
            case BANNER -> {
                s.setFont(banner);
                fill(s, BANNER_FILL);
            }
            case HEADER -> {
                s.setFont(bold);
                s.setWrapText(true);
                s.setBorderBottom(BorderStyle.THIN);
                fill(s, HEADER_FILL);
            }
            case LABEL -> s.setFont(bold);
            case TEXT -> s.setWrapText(true);
            case VALUE_MULTIPLIER, COMPUTED_MULTIPLIER -> format(workbook, s, "0.00##");
            case VALUE_MONEY, COMPUTED_MONEY -> format(workbook, s, "#,##0.00");
            case COMPUTED_USERS -> format(workbook, s, "#,##0");
            case INPUT_TEXT -> format(workbook, s, "@");
            case INPUT_WHOLE -> format(workbook, s, "#,##0");
            default -> {
            }
        }
        if (style.isInput()) {
            fill(s, INPUT_FILL);
            // A light grey rule between input lines: black hairlines print as a solid black block.
            s.setBorderBottom(BorderStyle.THIN);
            s.setBottomBorderColor(new XSSFColor(INPUT_RULE, new DefaultIndexedColorMap()));
        } else if (COMPUTED.contains(style)) {
            fill(s, COMPUTED_FILL);
        }
        return s;
    }

    private static XSSFFont font(XSSFWorkbook workbook, boolean bold, int points, byte[] rgb) {
        XSSFFont font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (rgb != null) {
            font.setColor(new XSSFColor(rgb, new DefaultIndexedColorMap()));
        }
        return font;
    }

    private static void fill(XSSFCellStyle style, byte[] rgb) {
        style.setFillForegroundColor(new XSSFColor(rgb, new DefaultIndexedColorMap()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void format(XSSFWorkbook workbook, XSSFCellStyle style, String format) {
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
    }
}
