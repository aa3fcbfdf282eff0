package org.upm.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.upm.layout.Banner;
import org.upm.layout.Column;
import org.upm.layout.DefinedName;
import org.upm.layout.FixedSheet;
import org.upm.layout.LineSheet;
import org.upm.layout.ToolkitLayout;

/**
 * Builds the workbook of a layout with POI, complete except for the line sheet's lines, which
 * {@link PackageWriter} streams in afterwards.
 */
final class WorkbookBuilder {
    /** The built package and what is needed to stream the lines into it. */
    record Built(byte[] poiPackage, String lineSheetEntry, LineRows rows) {
    }

    private WorkbookBuilder() {
    }

    static Built build(ToolkitLayout layout, String password) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            layout.sheetNames().forEach(workbook::createSheet);
            for (DefinedName definedName : layout.definedNames()) {
                Name name = workbook.createName();
                name.setNameName(definedName.name());
                name.setRefersToFormula(definedName.refersTo());
            }
            CellStyles styles = new CellStyles(workbook);
            FixedSheetWriter fixedWriter = new FixedSheetWriter(styles);
            for (FixedSheet fixed : layout.fixedSheets()) {
                XSSFSheet sheet = workbook.getSheet(fixed.name());
                fixedWriter.write(fixed, sheet);
                if (fixed.chart() != null) {
                    SummaryChart.draw(sheet, fixed.chart());
                }
                if (fixed.visibility() == FixedSheet.Visibility.VERY_HIDDEN) {
                    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
                }
            }
            LineSheet lines = layout.lines();
            XSSFSheet lineSheet = workbook.getSheet(lines.name());
            new LineSheetWriter(styles).write(lines, lineSheet, Banner.text(layout.model()));
            protect(workbook, layout, lineSheet, password);
            workbook.setForceFormulaRecalculation(true);
            DocumentProperties.write(workbook, layout.metadata(), layout.model().effectiveDate());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            workbook.write(bytes);
            String entry = lineSheet.getPackagePart().getPartName().getName().substring(1);
            return new Built(bytes.toByteArray(), entry, new LineRows(lines, styleIndexes(lines, styles)));
        }
    }

    private static void protect(XSSFWorkbook workbook, ToolkitLayout layout, XSSFSheet lineSheet, String password) {
        Protection protection = new Protection(password, layout.metadata());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                printSetup(sheet);
            }
            protection.protect(sheet, sheet == lineSheet);
        }
        protection.lockStructure(workbook);
    }

    /** Landscape, one page wide and as many pages tall as needed. */
    private static void printSetup(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        XSSFPrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static int[] styleIndexes(LineSheet lines, CellStyles styles) {
        int[] indexes = new int[lines.columns().size()];
        for (Column column : lines.columns()) {
            indexes[column.index()] = styles.get(column.style(), !column.isInput()).getIndex();
        }
        return indexes;
    }
}
