package org.upm.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.upm.cli.Logging;
import org.upm.generate.ToolkitGenerator;
import org.upm.layout.CellSpec;
import org.upm.layout.Names;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.CareSetting;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;
import org.upm.testing.BundledData;
import org.upm.testing.LibreOffice;
import org.upm.testing.ToolkitFiller;

/**
 * Workbooks for the validator tests, made once per test JVM in one temporary folder: generated
 * toolkits, toolkits filled by POI (as a third-party tool fills them) and the same recalculated by
 * LibreOffice in one soffice run. Plus helpers to tamper with a copy at the XML level.
 */
final class Fixtures {
    static final int YEAR = 2026;
    /** Enough prepared lines for every edge case of the data, few enough to keep the suite fast. */
    static final int ROWS = 120;
    /** Filled lines: the filler's rounding edge cases plus random lines. */
    static final int LINES = 70;

    static {
        // As the command line does: POI logs what it meets in broken files; the findings say it instead.
        Logging.quietLibraries();
    }

    private static Path dir;
    private static final Map<ToolkitKind, Path> GENERATED = new EnumMap<>(ToolkitKind.class);
    private static final Map<ToolkitKind, Path> FILLED = new EnumMap<>(ToolkitKind.class);
    private static final Map<ToolkitKind, List<ToolkitFiller.Filled>> FILLED_LINES = new EnumMap<>(ToolkitKind.class);
    private static Map<ToolkitKind, Path> recalculated;
    private static Validator validator;

    private Fixtures() {
    }

    static DataSet data() {
        return BundledData.get();
    }

    static ProxyModel model() {
        return data().year(YEAR).orElseThrow();
    }

    static ToolkitLayout layout(ToolkitKind kind) {
        return ToolkitLayout.of(kind, model(), ROWS);
    }

    static synchronized Validator validator() {
        if (validator == null) {
            validator = new Validator(data());
        }
        return validator;
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("upm-validate-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return dir;
    }

    /** A freshly generated, empty toolkit. */
    static synchronized Path generated(ToolkitKind kind) {
        return GENERATED.computeIfAbsent(kind, k -> {
            try {
                return new ToolkitGenerator(ToolkitGenerator.DEVELOPMENT_PASSWORD).generate(layout(k),
                        dir().resolve("generated"), true).file();
            } catch (IOException | org.upm.generate.TargetExistsException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The toolkit filled by POI with {@link #LINES} lines, not recalculated. */
    static synchronized Path filled(ToolkitKind kind) {
        return FILLED.computeIfAbsent(kind, k -> {
            Path out = dir().resolve("filled").resolve(k.fileName(YEAR));
            try {
                Files.createDirectories(out.getParent());
                FILLED_LINES.put(k, fill(generated(k), out, k, licensedEntries(k)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }

    /**
     * Fills {@code entries} and the Summary's reporting inputs, as a sender completes a toolkit, with
     * POI's usermodel.
     */
    static List<ToolkitFiller.Filled> fill(Path toolkit, Path out, ToolkitKind kind, List<ToolkitFiller.Entry> entries)
            throws IOException {
        try (InputStream in = Files.newInputStream(toolkit); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<ToolkitFiller.Filled> filled = ToolkitFiller.fill(workbook, layout(kind), entries);
            ToolkitLayout layout = layout(kind);
            Sheet summary = workbook.getSheet(Names.SUMMARY);
            put(summary, layout.summary().named(kind.reporterDefinedName()).orElseThrow(), "Acme Health IT, Inc.");
            put(summary, layout.summary().named(Names.CONTRACT_ID).orElseThrow(), "CPT-IUL-2026-0042");
            put(summary, layout.summary().named(Names.REPORTING_YEAR).orElseThrow(), (double) YEAR);
            try (OutputStream os = Files.newOutputStream(out)) {
                workbook.write(os);
            }
            return filled;
        }
    }

    static void put(Sheet sheet, CellSpec spec, Object value) {
        Row row = sheet.getRow(spec.row()) != null ? sheet.getRow(spec.row()) : sheet.createRow(spec.row());
        Cell cell = row.getCell(spec.column()) != null ? row.getCell(spec.column()) : row.createCell(spec.column());
        if (value instanceof Double d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    /** The filler's entries with every pair that is not licensed by proxy left out: a clean fill. */
    static List<ToolkitFiller.Entry> licensedEntries(ToolkitKind kind) {
        ProxyModel model = model();
        List<ToolkitFiller.Entry> entries = new ArrayList<>();
        for (ToolkitFiller.Entry e : ToolkitFiller.randomEntries(layout(kind), LINES, 42L)) {
            CareSetting care = model.careSetting(e.careSetting()).orElseThrow();
            List<String> apps = e.applications().stream()
                    .filter(a -> care.multiplier(model.application(a).orElseThrow().code()).isPresent()).toList();
            if (!apps.isEmpty()) {
                entries.add(new ToolkitFiller.Entry(e.name(), e.state(), e.careSetting(), apps, e.baseMetric()));
            }
        }
        return entries;
    }

    static synchronized List<ToolkitFiller.Filled> filledLines(ToolkitKind kind) {
        filled(kind);
        return FILLED_LINES.get(kind);
    }

    /** The filled toolkit after LibreOffice loaded, recalculated and saved it (both kinds in one run). */
    static synchronized Path recalculated(ToolkitKind kind) {
        LibreOffice.assumeAvailableOrFail();
        if (recalculated == null) {
            try {
                List<Path> out = LibreOffice.recalculate(List.of(filled(ToolkitKind.VENDOR),
                        filled(ToolkitKind.ORGANIZATION)), dir().resolve("recalculated"));
                recalculated = new EnumMap<>(ToolkitKind.class);
                recalculated.put(ToolkitKind.VENDOR, out.get(0));
                recalculated.put(ToolkitKind.ORGANIZATION, out.get(1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return recalculated.get(kind);
    }

    /** A copy of {@code source} under {@code target} with one zip entry's text changed. */
    static Path editEntry(Path source, Path target, String entry, UnaryOperator<String> edit) {
        return rewrite(source, target, (name, bytes) -> name.equals(entry)
                ? edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
    }

    /** Rewrites every entry of a zip through {@code edit} (name, bytes → bytes, or null to drop it). */
    static Path rewrite(Path source, Path target, EntryEdit edit) {
        try (InputStream in = Files.newInputStream(source); ZipInputStream zin = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(target); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = edit.apply(e.getName(), zin.readAllBytes());
                if (bytes != null) {
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    zout.write(bytes);
                    zout.closeEntry();
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an entry to a copy of a zip. */
    static Path addEntry(Path source, Path target, String entry, byte[] content) {
        try (InputStream in = Files.newInputStream(source); ZipInputStream zin = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(target); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(zin.readAllBytes());
                zout.closeEntry();
            }
            zout.putNextEntry(new ZipEntry(entry));
            zout.write(content);
            zout.closeEntry();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one zip entry. */
    static String entry(Path zip, String entry) {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException(entry + " not in " + zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zip entry of a sheet, found through the workbook's relationships. */
    static String sheetEntry(Path zip, String sheetName) {
        String workbook = entry(zip, "xl/workbook.xml");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<sheet [^>]*name=\"" + java.util.regex.Pattern
                .quote(sheetName) + "\"[^>]*r:id=\"([^\"]+)\"").matcher(workbook);
        if (!m.find()) {
            m = java.util.regex.Pattern.compile("<sheet [^>]*r:id=\"([^\"]+)\"[^>]*name=\"" + java.util.regex.Pattern
                    .quote(sheetName) + "\"").matcher(workbook);
            if (!m.find()) {
                throw new IllegalArgumentException("no sheet " + sheetName);
            }
        }
        String rels = entry(zip, "xl/_rels/workbook.xml.rels");
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("<Relationship [^>]*Id=\"" + m.group(1)
                + "\"[^>]*Target=\"([^\"]+)\"|<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"" + m.group(1) + "\"")
                .matcher(rels);
        if (!t.find()) {
            throw new IllegalArgumentException("no relationship " + m.group(1));
        }
        String target = t.group(1) != null ? t.group(1) : t.group(2);
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    interface EntryEdit {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(ValidationResult result) {
        StringBuilder s = new StringBuilder(result.file() + " valid=" + result.valid() + " errors=" + result.errors()
                + " warnings=" + result.warnings() + "\n");
        result.findings().forEach(f -> s.append("  ").append(f.code().id()).append(' ').append(f.message())
                .append(f.expected() == null ? "" : " expected=" + f.expected())
                .append(f.actual() == null ? "" : " actual=" + f.actual()).append('\n'));
        return s.toString();
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }

}
