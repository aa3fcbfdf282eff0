package org.upm.generate;

import java.math.BigDecimal;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.upm.layout.CellSpec;
import org.upm.layout.FixedSheet;
import org.upm.layout.Style;

/** Writes a {@link FixedSheet}: every cell with its style, value or formula and cached value, and its widths. */
final class FixedSheetWriter {
    private final CellStyles styles;

    FixedSheetWriter(CellStyles styles) {
        this.styles = styles;
    }

    void write(FixedSheet spec, XSSFSheet sheet) {
        for (int i = 0; i < spec.widths().size(); i++) {
            sheet.setColumnWidth(i, Widths.units(spec.widths().get(i)));
        }
        for (CellSpec cell : spec.cells()) {
            write(cell, sheet, spec);
        }
    }

    private void write(CellSpec spec, XSSFSheet sheet, FixedSheet fixed) {
        XSSFRow row = sheet.getRow(spec.row()) != null ? sheet.getRow(spec.row()) : sheet.createRow(spec.row());
        XSSFCell cell = row.createCell(spec.column());
        cell.setCellStyle(styles.get(spec.style(), spec.isFormula()));
        if (spec.isFormula()) {
            cell.setCellFormula(spec.formula());
        }
        setValue(cell, spec.value());
        if (spec.rule() != null) {
            Validations.add(sheet, spec.rule(),
                    new CellRangeAddress(spec.row(), spec.row(), spec.column(), spec.column()));
        }
        if (spec.style() == Style.TEXT && spec.value() instanceof String text) {
            Widths.fitHeight(row, text, width(fixed, spec.column()));
        }
    }

    /** Writes a value, or for a formula cell its cached result; null leaves the cell empty. */
    static void setValue(XSSFCell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            throw new IllegalArgumentException("layout cell " + cell.getReference() + " holds a "
                    + value.getClass().getSimpleName() + "; expected text, a decimal or a whole number");
        }
    }

    private static int width(FixedSheet sheet, int column) {
        return column < sheet.widths().size() ? sheet.widths().get(column) : Widths.DEFAULT_CHARACTERS;
    }
}
