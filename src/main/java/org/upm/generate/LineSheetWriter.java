package org.upm.generate;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.upm.layout.Column;
import org.upm.layout.LineSheet;
import org.upm.layout.Style;

/**
 * Everything of the line sheet except its lines: header row (and banner), widths, frozen header,
 * filter, one validation per input column, the highlight of lines with a problem, print titles. The
 * lines themselves are streamed into the package afterwards by {@link LineRows}.
 */
final class LineSheetWriter {
    /** Excel's "light red fill" of its highlight rules. */
    private static final byte[] PROBLEM_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private final CellStyles styles;

    LineSheetWriter(CellStyles styles) {
        this.styles = styles;
    }

    /** @param banner the illustrative-data warning, or empty */
    void write(LineSheet lines, XSSFSheet sheet, String banner) {
        header(lines, sheet, banner);
        CellRangeAddress table = new CellRangeAddress(LineSheet.HEADER_ROW, lines.lastLineRow(), 0,
                lines.lastColumn());
        sheet.createFreezePane(0, LineSheet.FIRST_LINE_ROW);
        sheet.setAutoFilter(table);
        for (Column column : lines.inputs()) {
            Validations.add(sheet, column.rule(), linesOf(lines, column.index(), column.index()));
        }
        highlightProblems(lines, sheet);
        sheet.setRepeatingRows(new CellRangeAddress(LineSheet.HEADER_ROW, LineSheet.HEADER_ROW, -1, -1));
        int lastColumn = banner.isEmpty() ? lines.lastColumn() : lines.bannerColumn();
        sheet.setDimensionOverride(new CellRangeAddress(LineSheet.HEADER_ROW, lines.lastLineRow(), 0, lastColumn));
    }

    private void header(LineSheet lines, XSSFSheet sheet, String banner) {
        XSSFRow row = sheet.createRow(LineSheet.HEADER_ROW);
        for (Column column : lines.columns()) {
            sheet.setColumnWidth(column.index(), Widths.units(column.width()));
            XSSFCell cell = row.createCell(column.index());
            cell.setCellStyle(styles.get(Style.HEADER, false));
            cell.setCellValue(column.header());
            Widths.fitHeight(row, column.header(), column.width());
        }
        if (!banner.isEmpty()) {
            XSSFCell cell = row.createCell(lines.bannerColumn());
            cell.setCellStyle(styles.get(Style.BANNER, false));
            cell.setCellValue(banner);
        }
    }

    private static void highlightProblems(LineSheet lines, XSSFSheet sheet) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(lines.problemHighlightFormula());
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(PROBLEM_FILL, new DefaultIndexedColorMap()));
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        formatting.addConditionalFormatting(new CellRangeAddress[] {linesOf(lines, 0, lines.lastColumn())}, rule);
    }

    /** Every prepared line, between two zero-based columns. */
    static CellRangeAddress linesOf(LineSheet lines, int firstColumn, int lastColumn) {
        return new CellRangeAddress(LineSheet.FIRST_LINE_ROW, lines.lastLineRow(), firstColumn, lastColumn);
    }
}
