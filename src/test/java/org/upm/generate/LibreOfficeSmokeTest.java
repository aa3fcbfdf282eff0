package org.upm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upm.testing.LibreOffice;

/** The LibreOffice test utility really recalculates: a stale cached value is replaced. */
class LibreOfficeSmokeTest {
    @TempDir
    Path dir;

    @Test
    void replacesStaleCachedValues() throws Exception {
        LibreOffice.assumeAvailableOrFail();
        Path in = Files.createDirectories(dir.resolve("in")).resolve("stale.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(in)) {
            XSSFSheet sheet = wb.createSheet("S");
            sheet.createRow(0).createCell(0).setCellValue(21);
            XSSFCell formula = sheet.createRow(1).createCell(0);
            formula.setCellFormula("A1*2");
            formula.getCTCell().setV("99");
            wb.write(os);
        }
        Path out = LibreOffice.recalculate(in, dir.resolve("out"));
        try (InputStream is = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            assertEquals(42.0, wb.getSheet("S").getRow(1).getCell(0).getNumericCellValue());
        }
    }
}
