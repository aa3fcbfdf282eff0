package org.upm.generate;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the package POI produced into its final, reproducible form: entries in a fixed order
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, then by name), every entry stamped with the same
 * time (POI stamps the current time), and the line sheet's lines streamed into its
 * {@code <sheetData>}.
 */
final class PackageWriter {
    private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels");
    private static final String SHEET_DATA_END = "</sheetData>";
    private static final String EMPTY_SHEET_DATA = "<sheetData/>";

    private PackageWriter() {
    }

    /**
     * @param poiPackage the .xlsx bytes POI wrote, with the line sheet's lines missing
     * @param lineSheetEntry zip entry name of the line sheet, e.g. {@code xl/worksheets/sheet2.xml}
     * @param time the time stamped on every entry (local date-time, stored as is: no time zone involved)
     */
    static void write(byte[] poiPackage, String lineSheetEntry, LineRows rows, LocalDateTime time, OutputStream out)
            throws IOException {
        Map<String, byte[]> entries = read(poiPackage);
        if (!entries.containsKey(lineSheetEntry)) {
            throw new IllegalStateException("POI wrote no " + lineSheetEntry);
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        for (String name : order(entries)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(time);
            zip.putNextEntry(entry);
            if (name.equals(lineSheetEntry)) {
                writeLineSheet(new String(entries.get(name), StandardCharsets.UTF_8), rows, zip);
            } else {
                zip.write(entries.get(name));
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static Map<String, byte[]> read(byte[] poiPackage) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(poiPackage), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> order(Map<String, byte[]> entries) {
        List<String> names = new ArrayList<>();
        FIRST.stream().filter(entries::containsKey).forEach(names::add);
        entries.keySet().stream().filter(n -> !FIRST.contains(n)).forEach(names::add);
        return names;
    }

    /** Copies the sheet XML, inserting the streamed lines at the end of {@code <sheetData>}. */
    private static void writeLineSheet(String xml, LineRows rows, OutputStream zip) throws IOException {
        String head;
        String tail;
        int end = xml.indexOf(SHEET_DATA_END);
        if (end >= 0) {
            head = xml.substring(0, end);
            tail = xml.substring(end);
        } else {
            int empty = xml.indexOf(EMPTY_SHEET_DATA);
            if (empty < 0) {
                throw new IllegalStateException("line sheet XML has no sheetData element");
            }
            head = xml.substring(0, empty) + "<sheetData>";
            tail = SHEET_DATA_END + xml.substring(empty + EMPTY_SHEET_DATA.length());
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        writer.write(head);
        rows.write(writer);
        writer.write(tail);
        writer.flush();
    }

    /** Lets a writer be flushed without closing the zip entry underneath. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
