package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Changes a copy of a workbook the way a determined sender would: through POI, or in the XML inside the zip. */
final class Tamper {
    private Tamper() {
    }

    /** Opens {@code source} with POI's usermodel, applies {@code change} and saves to {@code target}. */
    static Path withPoi(Path source, Path target, Consumer<XSSFWorkbook> change) {
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(target)) {
            change.accept(wb);
            wb.write(out);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits the XML of the sheet named {@code sheet}. */
    static Path sheetXml(Path source, Path target, String sheet, UnaryOperator<String> edit) {
        return Fixtures.editEntry(source, target, Fixtures.sheetEntry(source, sheet), edit);
    }

    /** Replaces the whole {@code <c>} element of cell {@code a1} with {@code cell}. */
    static String replaceCell(String xml, String a1, String cell) {
        Matcher m = cellPattern(a1).matcher(xml);
        if (!m.find()) {
            throw new IllegalArgumentException("no cell " + a1);
        }
        return xml.substring(0, m.start()) + cell + xml.substring(m.end());
    }

    /** The whole {@code <c>} element of cell {@code a1}. */
    static String cell(String xml, String a1) {
        Matcher m = cellPattern(a1).matcher(xml);
        if (!m.find()) {
            throw new IllegalArgumentException("no cell " + a1);
        }
        return m.group();
    }

    /** Replaces the text of the cell's {@code <v>} with {@code value}. */
    static String replaceValue(String xml, String a1, String value) {
        String cell = cell(xml, a1);
        return replaceCell(xml, a1, cell.replaceFirst("<v>[^<]*</v>", "<v>" + value + "</v>"));
    }

    /** Replaces the text of the cell's {@code <f>} with {@code formula} (XML-escaped by the caller). */
    static String replaceFormula(String xml, String a1, String formula) {
        String cell = cell(xml, a1);
        return replaceCell(xml, a1, cell.replaceFirst("(<f[^>]*>)[^<]*(</f>)", "$1" + Matcher.quoteReplacement(formula)
                + "$2"));
    }

    static String removeSheetProtection(String xml) {
        String out = xml.replaceFirst("<sheetProtection[^>]*/>", "");
        if (out.equals(xml)) {
            throw new IllegalArgumentException("no sheet protection");
        }
        return out;
    }

    private static Pattern cellPattern(String a1) {
        return Pattern.compile("<c r=\"" + a1 + "\"(?:[^>]*/>|[^>]*>.*?</c>)", Pattern.DOTALL);
    }
}
