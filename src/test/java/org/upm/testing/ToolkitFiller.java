package org.upm.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.upm.calc.Line;
import org.upm.calc.ProxyUserEngine;
import org.upm.layout.Column;
import org.upm.layout.LineSheet;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.layout.UsStates;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;

/**
 * Fills lines into a generated toolkit the way a third-party tool would: with POI's usermodel,
 * writing plain values into the input cells of the line sheet (Customers or Facilities) and nothing
 * else. Returns what it wrote as {@link Line}s so a test can run the same lines through
 * {@link ProxyUserEngine} and compare.
 *
 * <p>Typical use:
 * <pre>{@code
 * List<Entry> entries = ToolkitFiller.randomEntries(layout, 150, 42L);
 * List<Filled> filled = ToolkitFiller.fill(generated, filledCopy, layout, entries);
 * List<Line> lines = ToolkitFiller.lines(filled);   // feed to the engine
 * }</pre>
 *
 * <p>Entries go to consecutive lines from the first line row (sheet row 2) down. Columns are found by
 * their header labels (public contract 2), never by position.
 */
public final class ToolkitFiller {

    /**
     * What to write on one line of the line sheet.
     *
     * @param name customer or facility name (may be null: left empty)
     * @param state two-letter state code (may be null)
     * @param careSetting care setting name as shown in the dropdown (may be null or unknown text)
     * @param applications vendor toolkit: exactly one application name (the Application cell);
     *        organization toolkit: the application names answered "Yes" (every other application
     *        gets "No")
     * @param baseMetric a {@link Number} (written as a number), a String (written as text, e.g. to
     *        test a bad entry) or null (left empty)
     */
    public record Entry(String name, String state, String careSetting, List<String> applications, Object baseMetric) {
        public Entry {
            applications = List.copyOf(applications);
        }

        /** A complete line for one application. */
        public static Entry of(String careSetting, String application, Object baseMetric) {
            return new Entry("Test site", "IL", careSetting, List.of(application), baseMetric);
        }
    }

    /**
     * One filled line.
     *
     * @param row zero-based sheet row it was written to (sheet row 2 is index 1)
     * @param entry what was written
     * @param lines the engine lines it stands for: one for a vendor line, one per "Yes" answer for an
     *        organization line; the base metric is null when the entry's metric is not a number
     */
    public record Filled(int row, Entry entry, List<Line> lines) {
    }

    private ToolkitFiller() {
    }

    /** Copies {@code toolkit} to {@code out} with {@code entries} filled in; returns what was written. */
    public static List<Filled> fill(Path toolkit, Path out, ToolkitLayout layout, List<Entry> entries)
            throws IOException {
        try (InputStream in = Files.newInputStream(toolkit); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<Filled> filled = fill(workbook, layout, entries);
            try (OutputStream os = Files.newOutputStream(out)) {
                workbook.write(os);
            }
            return filled;
        }
    }

    /** Fills {@code entries} into an open workbook (not saved); returns what was written. */
    public static List<Filled> fill(XSSFWorkbook workbook, ToolkitLayout layout, List<Entry> entries) {
        LineSheet lines = layout.lines();
        if (entries.size() > lines.rows()) {
            throw new IllegalArgumentException(entries.size() + " entries do not fit in " + lines.rows() + " lines");
        }
        Sheet sheet = workbook.getSheet(lines.name());
        List<Filled> filled = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int row = LineSheet.FIRST_LINE_ROW + i;
            filled.add(write(sheet, layout, row, entries.get(i)));
        }
        return filled;
    }

    /** Every engine line of {@code filled}, in order. */
    public static List<Line> lines(List<Filled> filled) {
        return filled.stream().flatMap(f -> f.lines().stream()).toList();
    }

    private static Filled write(Sheet sheet, ToolkitLayout layout, int rowIndex, Entry entry) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        boolean vendor = layout.kind() == ToolkitKind.VENDOR;
        put(row, column(layout, vendor ? "Customer name" : "Facility name"), entry.name());
        if (vendor) {
            put(row, column(layout, "Customer ID"), "ID-" + rowIndex);
        }
        put(row, column(layout, "City"), entry.name() == null ? null : "Springfield");
        put(row, column(layout, "State"), entry.state());
        put(row, column(layout, "Care setting"), entry.careSetting());
        put(row, column(layout, "Base metric value"), entry.baseMetric());
        BigDecimal metric = entry.baseMetric() instanceof Number n ? new BigDecimal(n.toString()) : null;
        List<Line> lines = new ArrayList<>();
        if (vendor) {
            String application = entry.applications().isEmpty() ? null : entry.applications().get(0);
            put(row, column(layout, "Application"), application);
            lines.add(new Line(entry.careSetting(), application, metric));
        } else {
            for (Application app : layout.model().applications()) {
                boolean yes = entry.applications().contains(app.name());
                put(row, column(layout, app.name()), yes ? "Yes" : "No");
                if (yes) {
                    lines.add(new Line(entry.careSetting(), app.name(), metric));
                }
            }
        }
        return new Filled(rowIndex, entry, List.copyOf(lines));
    }

    private static int column(ToolkitLayout layout, String header) {
        return layout.lines().column(header).map(Column::index)
                .orElseThrow(() -> new IllegalStateException("no column '" + header + "' in " + layout.lines().name()));
    }

    private static void put(Row row, int column, Object value) {
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /**
     * {@code count} valid-looking entries drawn with a fixed seed, starting with the rounding edge
     * cases of the year's data: for every multiplier, a base metric that makes the exact product a
     * whole number which binary floating point misses (10 × 0.7, 3 × 1.1 style), then 0, 1 and the
     * largest accepted base metric; then random care settings, applications and base metrics (which
     * may hit a pair that is not licensed by proxy, as a real filler might).
     */
    public static List<Entry> randomEntries(ToolkitLayout layout, int count, long seed) {
        ProxyModel model = layout.model();
        boolean vendor = layout.kind() == ToolkitKind.VENDOR;
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        for (Entry edge : edgeCases(model, vendor)) {
            if (entries.size() < count) {
                entries.add(edge);
            }
        }
        while (entries.size() < count) {
            entries.add(randomEntry(model, vendor, random, entries.size()));
        }
        return entries;
    }

    /**
     * The rounding edge cases of {@link #randomEntries}: per multiplier, the smallest metric making the
     * product whole and up to two {@link #binaryNoiseMetrics}; then 0, 1 and the largest metric.
     */
    public static List<Entry> edgeCases(ProxyModel model, boolean vendor) {
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (CareSetting setting : model.careSettings()) {
            for (Multiplier m : setting.multipliers()) {
                String app = model.application(m.application()).orElseThrow().name();
                entries.add(entry(setting.name(), List.of(app), wholeProductMetric(m.value()), n++));
                for (long metric : binaryNoiseMetrics(m.value(), 2)) {
                    entries.add(entry(setting.name(), List.of(app), metric, n++));
                }
            }
        }
        CareSetting first = model.careSettings().get(0);
        List<String> apps = vendor ? List.of(model.application(first.multipliers().get(0).application())
                .orElseThrow().name()) : first.multipliers().stream()
                .map(m -> model.application(m.application()).orElseThrow().name()).toList();
        entries.add(entry(first.name(), apps, 0L, n++));
        entries.add(entry(first.name(), apps, 1L, n++));
        entries.add(entry(first.name(), apps, ProxyUserEngine.MAX_BASE_METRIC, n++));
        return entries;
    }

    /** The smallest base metric whose product with {@code multiplier} is exactly whole, e.g. 10 for 0.7. */
    static long wholeProductMetric(BigDecimal multiplier) {
        BigDecimal m = multiplier.stripTrailingZeros();
        return m.scale() <= 0 ? 7 : BigDecimal.TEN.pow(m.scale()).longValueExact();
    }

    /**
     * Up to {@code limit} base metrics (at most 10,000) whose exact product with {@code multiplier} is
     * a whole number but whose product in binary floating point is not: 50 × 1.1 gives
     * 55.00000000000001, which a plain ROUNDUP takes to 56; 90 × 0.7 gives 62.99999999999999.
     */
    public static List<Long> binaryNoiseMetrics(BigDecimal multiplier, int limit) {
        List<Long> metrics = new ArrayList<>();
        double binary = multiplier.doubleValue();
        for (long n = 1; n <= 10_000 && metrics.size() < limit; n++) {
            boolean exactWhole = multiplier.multiply(BigDecimal.valueOf(n)).stripTrailingZeros().scale() <= 0;
            double product = n * binary;
            if (exactWhole && product != Math.rint(product)) {
                metrics.add(n);
            }
        }
        return metrics;
    }

    private static Entry randomEntry(ProxyModel model, boolean vendor, Random random, int n) {
        CareSetting setting = model.careSettings().get(random.nextInt(model.careSettings().size()));
        List<Application> all = model.applications();
        List<String> apps = new ArrayList<>();
        if (vendor) {
            apps.add(all.get(random.nextInt(all.size())).name());
        } else {
            all.stream().filter(a -> random.nextInt(3) > 0).forEach(a -> apps.add(a.name()));
            if (apps.isEmpty()) {
                apps.add(all.get(0).name());
            }
        }
        long metric = switch (random.nextInt(5)) {
            case 0 -> random.nextInt(10);
            case 1 -> random.nextInt(1_000);
            case 2 -> 10L * (1 + random.nextInt(500));
            case 3 -> random.nextInt(100_000);
            default -> random.nextInt(2_000_000);
        };
        return entry(setting.name(), apps, metric, n);
    }

    private static Entry entry(String careSetting, List<String> apps, long metric, int n) {
        return new Entry("Site " + (n + 1), UsStates.CODES.get(n % UsStates.CODES.size()), careSetting, apps, metric);
    }
}
