import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.upm.calc.Line;
import org.upm.calc.LineResult;
import org.upm.calc.ProxyUserEngine;
import org.upm.calc.Totals;
import org.upm.layout.CellRef;
import org.upm.layout.CellSpec;
import org.upm.layout.Column;
import org.upm.layout.LineSheet;
import org.upm.layout.Names;
import org.upm.layout.SummaryResults;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.layout.UsStates;
import org.upm.model.CareSetting;
import org.upm.model.DataSet;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Benchmark input maker: fills lines into a generated vendor toolkit the way a third-party tool that
 * also recalculates would leave it, fast enough for 100,000 lines and for 1,000 files.
 *
 * <p>What it writes, per filled line (sheet rows 2 to N+1): every input cell (Customer name, Customer
 * ID, City, State, Care setting, Application as shared strings, as Excel and POI write them; Base
 * metric value as a number); every formula kept exactly as generated (shared formulas intact), each
 * with the cached result of the recalculated workbook: base metric label, multiplier, proxy users and
 * "OK". On the Summary sheet it fills the reporting inputs (vendor name, contract ID, reporting year)
 * and writes the cached totals and royalty. Cached results are computed with upm's engine from the
 * year's bundled data (bench/README.md: why, and how LibreOffice confirms them). Every other part of
 * the package is copied unchanged; protection is left as it is (it does not stop a program).
 *
 * <p>Every line is valid and distinct (customer IDs are unique), so {@code upm validate} must judge
 * the file valid; care settings, applications (only those licensed for the care setting) and base
 * metrics are drawn with a fixed seed, so the same arguments give the same file.
 *
 * <pre>
 * java -cp upm.jar:classes Filler --toolkit T.xlsx --year 2026 --lines 100000 --out filled.xlsx
 * java -cp upm.jar:classes Filler --toolkit T.xlsx --year 2026 --lines 50 --copies 1000 --out DIR
 * </pre>
 *
 * <p>{@code --wrong-cache} caches every line's proxy users one too high (Summary totals stay right):
 * the benchmark uses such a file to prove that LibreOffice really recalculates on load.
 * {@code --duplicates} makes every second line repeat the customer ID, care setting and application
 * of the line above (a duplicate-line error each, half the lines): the scaling benchmark uses it to
 * time duplicate detection and a report with many findings.
 */
public final class Filler {
    private static final String[] CITIES = {"Springfield", "Riverside", "Franklin", "Greenville", "Bristol",
        "Clinton", "Fairview", "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Dover", "Oxford",
        "Jackson", "Burlington", "Manchester", "Milton", "Newport", "Auburn"};

    private final ProxyModel model;
    private final ToolkitLayout layout;
    private final ProxyUserEngine engine;
    private final Map<String, byte[]> parts;
    private final List<String> order;
    private final Map<String, ZipEntry> entries;
    private final String lineSheetPart;
    private final String summaryPart;
    private final String sstPart;
    /** Caches every line's proxy users one too high: a file only a real recalculation gets right. */
    private boolean wrongCache;
    /** Makes every second line repeat the customer ID, care setting and application of the line above. */
    private boolean duplicates;

    Filler(ProxyModel model, Path toolkit) throws IOException {
        this.model = model;
        this.engine = new ProxyUserEngine(model);
        this.parts = new LinkedHashMap<>();
        this.entries = new HashMap<>();
        this.order = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(toolkit))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
                entries.put(e.getName(), e);
                order.add(e.getName());
            }
        }
        String workbook = text("xl/workbook.xml");
        String rels = text("xl/_rels/workbook.xml.rels");
        this.lineSheetPart = sheetPart(workbook, rels, ToolkitKind.VENDOR.lineSheetName());
        this.summaryPart = sheetPart(workbook, rels, Names.SUMMARY);
        this.sstPart = "xl/" + attribute(find(rels, "<Relationship[^>]*Type=\"[^\"]*/sharedStrings\"[^>]*>"), "Target");
        int rows = rowsOf(text(lineSheetPart));
        this.layout = ToolkitLayout.of(ToolkitKind.VENDOR, model, rows);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path toolkit = Path.of(opt.get("--toolkit"));
        int year = Integer.parseInt(opt.get("--year"));
        int lines = Integer.parseInt(opt.get("--lines"));
        int copies = Integer.parseInt(opt.getOrDefault("--copies", "0"));
        long seed = Long.parseLong(opt.getOrDefault("--seed", "20260101"));
        Path out = Path.of(opt.get("--out"));
        ProxyModel model = DataSet.bundled().year(year).orElseThrow(() -> new IllegalArgumentException("no data for "
                + year));
        Filler filler = new Filler(model, toolkit);
        filler.wrongCache = opt.containsKey("--wrong-cache");
        filler.duplicates = opt.containsKey("--duplicates");
        if (lines > filler.layout.lines().rows()) {
            throw new IllegalArgumentException(lines + " lines do not fit in the toolkit's "
                    + filler.layout.lines().rows() + " prepared lines");
        }
        long start = System.nanoTime();
        if (copies == 0) {
            Totals totals = filler.fill(lines, seed, out);
            System.err.printf("Filler: %s, %d lines, %d proxy users, royalty %s (%.1f s)%n", out, lines,
                    totals.totalUsers(), totals.royaltyEstimate(), (System.nanoTime() - start) / 1e9);
        } else {
            Files.createDirectories(out);
            for (int k = 1; k <= copies; k++) {
                filler.fill(lines, seed + k, out.resolve(String.format("vendor-%d-lines-%04d.xlsx", lines, k)));
            }
            System.err.printf("Filler: %d files of %d lines in %s (%.1f s)%n", copies, lines, out,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** One filled line: its inputs and the recalculated results. */
    private record Filled(String name, String id, String city, String state, CareSetting care, String application,
            long metric, BigDecimal multiplier, long users) {
    }

    /** Writes the toolkit with {@code count} filled lines to {@code out} (atomically); returns the totals. */
    Totals fill(int count, long seed, Path out) throws Exception {
        Random random = new Random(seed);
        List<Filled> filled = new ArrayList<>(count);
        List<LineResult> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (duplicates && i % 2 == 1) {
                Filled previous = filled.get(i - 1);
                results.add(results.get(i - 1));
                filled.add(new Filled(previous.name() + " (again)", previous.id(), previous.city(), previous.state(),
                        previous.care(), previous.application(), previous.metric(), previous.multiplier(),
                        previous.users()));
                continue;
            }
            CareSetting care = model.careSettings().get(random.nextInt(model.careSettings().size()));
            Multiplier m = care.multipliers().get(random.nextInt(care.multipliers().size()));
            String application = model.application(m.application()).orElseThrow().name();
            long metric = switch (random.nextInt(10)) {
                case 0, 1 -> random.nextInt(10);
                case 2, 3, 4, 5 -> random.nextInt(100);
                case 6, 7, 8 -> random.nextInt(1_000);
                default -> random.nextInt(5_000);
            };
            LineResult result = engine.calculate(new Line(care.code(), m.application(), BigDecimal.valueOf(metric)));
            if (!(result instanceof LineResult.Counted counted)) {
                throw new IllegalStateException("the engine refused a generated line: " + result);
            }
            results.add(result);
            long cachedUsers = wrongCache ? counted.users() + 1 : counted.users();
            filled.add(new Filled("Customer " + (i + 1) + " of batch " + seed, "C" + seed + "-" + (i + 1),
                    CITIES[random.nextInt(CITIES.length)], UsStates.CODES.get(random.nextInt(UsStates.CODES.size())),
                    care, application, metric, m.value(), cachedUsers));
        }
        Totals totals = engine.totals(results);
        Strings strings = new Strings(text(sstPart));
        Path temp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream file = Files.newOutputStream(temp);
                ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            for (String name : order) {
                if (name.equals(sstPart)) {
                    continue; // written last: the sheets add strings to it
                }
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(entries.get(name).getTime());
                zip.putNextEntry(entry);
                if (name.equals(lineSheetPart)) {
                    expect(copySheet(name, zip, lineCells(filled, strings)), count * layout.lines().columns().size(),
                            name);
                } else if (name.equals(summaryPart)) {
                    Map<String, Value> cells = summaryCells(totals, seed, strings);
                    expect(copySheet(name, zip, cells::get), cells.size(), name);
                } else {
                    zip.write(parts.get(name));
                }
                zip.closeEntry();
            }
            ZipEntry entry = new ZipEntry(sstPart);
            entry.setTime(entries.get(sstPart).getTime());
            zip.putNextEntry(entry);
            zip.write(strings.xml().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return totals;
    }

    /** The value a cell gets: an input value or a formula's cached result. */
    private record Value(String text, String number, boolean shared, boolean formula) {
        static Value sharedText(int index) {
            return new Value(null, Integer.toString(index), true, false);
        }

        static Value number(String number) {
            return new Value(null, number, false, false);
        }

        static Value resultText(String text) {
            return new Value(text, null, false, true);
        }

        static Value resultNumber(String number) {
            return new Value(null, number, false, true);
        }

        String shown() {
            return text != null ? text : number;
        }
    }

    private Function<String, Value> lineCells(List<Filled> filled, Strings strings) {
        LineSheet lines = layout.lines();
        int name = index("Customer name"), id = index("Customer ID"), city = index("City"), state = index("State");
        int care = index("Care setting"), app = index("Application"), metricValue = index("Base metric value");
        int label = index("Base metric"), multiplier = index("Multiplier"), users = index("Proxy users");
        int check = lines.check().index();
        return ref -> {
            int split = 0;
            while (split < ref.length() && Character.isLetter(ref.charAt(split))) {
                split++;
            }
            int row = Integer.parseInt(ref, split, ref.length(), 10) - 1;
            int line = row - LineSheet.FIRST_LINE_ROW;
            if (line < 0 || line >= filled.size()) {
                return null;
            }
            Filled f = filled.get(line);
            int column = CellRef.columnIndex(ref.substring(0, split));
            if (column == name) {
                return Value.sharedText(strings.index(f.name()));
            } else if (column == id) {
                return Value.sharedText(strings.index(f.id()));
            } else if (column == city) {
                return Value.sharedText(strings.index(f.city()));
            } else if (column == state) {
                return Value.sharedText(strings.index(f.state()));
            } else if (column == care) {
                return Value.sharedText(strings.index(f.care().name()));
            } else if (column == app) {
                return Value.sharedText(strings.index(f.application()));
            } else if (column == metricValue) {
                return Value.number(Long.toString(f.metric()));
            } else if (column == label) {
                return Value.resultText(f.care().baseMetric());
            } else if (column == multiplier) {
                return Value.resultNumber(f.multiplier().stripTrailingZeros().toPlainString());
            } else if (column == users) {
                return Value.resultNumber(Long.toString(f.users()));
            } else if (column == check) {
                return Value.resultText(Names.CHECK_OK);
            }
            return null;
        };
    }

    private static void expect(int replaced, int expected, String part) {
        if (replaced != expected) {
            throw new IllegalStateException(part + ": " + replaced + " cells filled, " + expected + " expected");
        }
    }

    private Map<String, Value> summaryCells(Totals totals, long seed, Strings strings) {
        Map<String, Value> cells = new HashMap<>();
        layout.summary().named(ToolkitKind.VENDOR.reporterDefinedName())
                .ifPresent(c -> cells.put(c.a1(), Value.sharedText(strings.index("Benchmark Health IT, Inc."))));
        layout.summary().named(Names.CONTRACT_ID)
                .ifPresent(c -> cells.put(c.a1(), Value.sharedText(strings.index("CPT-IUL-" + seed))));
        layout.summary().named(Names.REPORTING_YEAR)
                .ifPresent(c -> cells.put(c.a1(), Value.number(Integer.toString(model.cptYear()))));
        for (SummaryResults.Result r : SummaryResults.of(layout)) {
            String value = switch (r.scope()) {
                case APPLICATION -> Long.toString(totals.byApplication().getOrDefault(r.code(), 0L));
                case CARE_SETTING -> Long.toString(totals.byCareSetting().getOrDefault(r.code(), 0L));
                case TOTAL_USERS -> Long.toString(totals.totalUsers());
                case ROYALTY -> totals.royaltyEstimate().stripTrailingZeros().toPlainString();
            };
            cells.put(r.cell().a1(), Value.resultNumber(value));
        }
        // Every other formula on the sheet (lines with a problem) counts 0: every line is OK.
        for (CellSpec c : layout.summary().cells()) {
            if (c.isFormula() && !cells.containsKey(c.a1())) {
                cells.put(c.a1(), Value.resultNumber("0"));
            }
        }
        return cells;
    }

    private int index(String header) {
        return layout.lines().column(header).map(Column::index).orElseThrow();
    }

    /** Re-serialises a sheet part through SAX, replacing the value of every cell {@code values} names. */
    private int copySheet(String part, OutputStream zip, Function<String, Value> values) throws Exception {
        Writer out = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        SAXParser parser = factory.newSAXParser();
        SheetCopy copy = new SheetCopy(out, values);
        parser.parse(new ByteArrayInputStream(parts.get(part)), copy);
        out.flush();
        return copy.replaced;
    }

    /** Copies every element; a cell with a new value gets it (inputs) or gets it as its cached result (formulas). */
    private static final class SheetCopy extends DefaultHandler {
        private final Writer out;
        private final Function<String, Value> values;
        private boolean open;
        private int skip;
        private Value current;
        private boolean valueWritten;
        private int replaced;

        SheetCopy(Writer out, Function<String, Value> values) {
            this.out = out;
            this.values = values;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            try {
                if (skip > 0) {
                    skip++;
                    return;
                }
                closeStart();
                if (current != null && qName.equals("v")) {
                    writeValue(current);
                    skip = 1;
                    return;
                }
                if (qName.equals("c")) {
                    Value value = values.apply(atts.getValue("r"));
                    if (value != null) {
                        replaced++;
                        startCell(atts, value);
                        if (!value.formula()) {
                            writeValue(value);
                            out.write("</c>");
                            skip = 1;
                            return;
                        }
                        current = value;
                        valueWritten = false;
                        return;
                    }
                }
                out.write('<');
                out.write(qName);
                for (int i = 0; i < atts.getLength(); i++) {
                    attribute(atts.getQName(i), atts.getValue(i));
                }
                open = true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void startCell(Attributes atts, Value value) throws IOException {
            out.write("<c");
            for (int i = 0; i < atts.getLength(); i++) {
                if (!atts.getQName(i).equals("t")) {
                    attribute(atts.getQName(i), atts.getValue(i));
                }
            }
            if (value.shared()) {
                out.write(" t=\"s\"");
            } else if (value.text() != null) {
                out.write(" t=\"str\"");
            }
            out.write('>');
        }

        private void writeValue(Value value) throws IOException {
            out.write("<v>");
            escape(value.shown());
            out.write("</v>");
            valueWritten = true;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            try {
                if (skip > 0) {
                    skip--;
                    return;
                }
                if (current != null && qName.equals("c")) {
                    closeStart();
                    if (!valueWritten) {
                        writeValue(current);
                    }
                    current = null;
                }
                if (open) {
                    out.write("/>");
                    open = false;
                } else {
                    out.write("</");
                    out.write(qName);
                    out.write('>');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skip > 0) {
                return;
            }
            try {
                closeStart();
                escape(new String(ch, start, length));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void closeStart() throws IOException {
            if (open) {
                out.write('>');
                open = false;
            }
        }

        private void attribute(String name, String value) throws IOException {
            out.write(' ');
            out.write(name);
            out.write("=\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '<' -> out.write("&lt;");
                    case '&' -> out.write("&amp;");
                    case '"' -> out.write("&quot;");
                    case '\n' -> out.write("&#10;");
                    case '\r' -> out.write("&#13;");
                    case '\t' -> out.write("&#9;");
                    default -> out.write(c);
                }
            }
            out.write('"');
        }

        private void escape(String text) throws IOException {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.write("&lt;");
                    case '>' -> out.write("&gt;");
                    case '&' -> out.write("&amp;");
                    default -> out.write(c);
                }
            }
        }
    }

    /** The shared string table: the toolkit's strings, then those the lines add. */
    private static final class Strings {
        private final String head;
        private final String body;
        private final int oldCount;
        private final Map<String, Integer> index = new HashMap<>();
        private final StringBuilder added = new StringBuilder();
        private int unique;
        private int references;

        Strings(String sst) throws Exception {
            int bodyStart = sst.indexOf('>', sst.indexOf("<sst")) + 1;
            this.head = sst.substring(0, bodyStart);
            this.body = sst.substring(bodyStart, sst.lastIndexOf("</sst>"));
            this.oldCount = Integer.parseInt(attribute(head, "count"));
            List<String> existing = new ArrayList<>();
            SAXParserFactory.newInstance().newSAXParser().parse(new ByteArrayInputStream(
                    sst.getBytes(StandardCharsets.UTF_8)), new DefaultHandler() {
                        private StringBuilder text;
                        private boolean inT;

                        @Override
                        public void startElement(String u, String l, String q, Attributes a) {
                            if (q.equals("si")) {
                                text = new StringBuilder();
                            } else if (q.equals("t")) {
                                inT = true;
                            }
                        }

                        @Override
                        public void endElement(String u, String l, String q) {
                            if (q.equals("si")) {
                                existing.add(text.toString());
                            } else if (q.equals("t")) {
                                inT = false;
                            }
                        }

                        @Override
                        public void characters(char[] ch, int s, int n) {
                            if (inT) {
                                text.append(ch, s, n);
                            }
                        }
                    });
            for (int i = 0; i < existing.size(); i++) {
                index.putIfAbsent(existing.get(i), i);
            }
            this.unique = existing.size();
        }

        int index(String s) {
            references++;
            Integer i = index.get(s);
            if (i != null) {
                return i;
            }
            index.put(s, unique);
            added.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</t></si>");
            return unique++;
        }

        String xml() {
            String h = head.replaceFirst("(?<=\\s)count=\"\\d+\"", "count=\"" + (oldCount + references) + "\"")
                    .replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"" + unique + "\"");
            return h + body + added + "</sst>";
        }
    }

    /** Lets a writer be flushed into a zip entry without closing the zip. */
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

    private String text(String part) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            throw new IllegalArgumentException("the toolkit has no part " + part);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String sheetPart(String workbook, String rels, String sheetName) {
        String sheet = find(workbook, "<sheet [^>]*name=\"" + Pattern.quote(sheetName) + "\"[^>]*>");
        String id = attribute(sheet, "r:id");
        String rel = find(rels, "<Relationship [^>]*Id=\"" + Pattern.quote(id) + "\"[^>]*>");
        String target = attribute(rel, "Target");
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    /** Prepared lines of a line sheet: its dimension's last row minus the header. */
    private static int rowsOf(String sheet) {
        String ref = attribute(find(sheet, "<dimension [^>]*>"), "ref");
        Matcher m = Pattern.compile("[A-Z]+(\\d+)$").matcher(ref);
        if (!m.find()) {
            throw new IllegalArgumentException("no dimension in the line sheet");
        }
        return Integer.parseInt(m.group(1)) - 1;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("not found: " + regex);
        }
        return m.group();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in " + tag);
        }
        return m.group(1);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--wrong-cache") || args[i].equals("--duplicates")) {
                opt.put(args[i], "true");
            } else if (i + 1 < args.length) {
                opt.put(args[i], args[++i]);
            }
        }
        for (String required : List.of("--toolkit", "--year", "--lines", "--out")) {
            if (!opt.containsKey(required)) {
                System.err.println("usage: Filler --toolkit T.xlsx --year Y --lines N --out FILE|DIR [--copies K]"
                        + " [--seed S] [--wrong-cache] [--duplicates]");
                System.exit(2);
            }
        }
        return opt;
    }
}
