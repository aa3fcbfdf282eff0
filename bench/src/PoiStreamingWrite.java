import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.upm.layout.Column;
import org.upm.layout.LineSheet;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.DataSet;

/**
 * The alternative to upm's generator for a big toolkit, as one would script it with POI's streaming
 * writer (SXSSFWorkbook): the line sheet only — header, then every prepared line with its styled
 * empty input cells and one formula per computed cell, the formulas taken from upm's layout. No
 * other sheet, validation, protection or name: a lower bound of what that approach costs.
 *
 * <pre>java -Xmx512m -cp upm.jar:classes PoiStreamingWrite YEAR ROWS OUT.xlsx</pre>
 */
public final class PoiStreamingWrite {
    public static void main(String[] args) throws Exception {
        int year = Integer.parseInt(args[0]);
        int rows = Integer.parseInt(args[1]);
        ToolkitLayout layout = ToolkitLayout.of(ToolkitKind.VENDOR, DataSet.bundled().year(year).orElseThrow(), rows);
        LineSheet lines = layout.lines();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(lines.name());
            CellStyle input = workbook.createCellStyle();
            input.setLocked(false);
            CellStyle computed = workbook.createCellStyle();
            computed.setLocked(true);
            computed.setHidden(true);
            SXSSFRow header = sheet.createRow(LineSheet.HEADER_ROW);
            for (Column c : lines.columns()) {
                header.createCell(c.index()).setCellValue(c.header());
            }
            for (int r = LineSheet.FIRST_LINE_ROW; r <= lines.lastLineRow(); r++) {
                SXSSFRow row = sheet.createRow(r);
                for (Column c : lines.columns()) {
                    if (c.isInput()) {
                        row.createCell(c.index()).setCellStyle(input);
                    } else {
                        var cell = row.createCell(c.index());
                        cell.setCellStyle(computed);
                        cell.setCellFormula(c.formula(r + 1));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }
}
