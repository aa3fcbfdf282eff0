import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The physical floor of reading a toolkit: open the zip with the JDK, find the line sheet through
 * workbook.xml and its relationships, and run one bare JDK SAX pass over that sheet's XML, counting
 * rows, cells, formulas and value characters so the work cannot be skipped. No POI, no checks, no
 * shared strings. Anything that validates the sheet must at least do this.
 *
 * <p>Several files or folders (searched for .xlsx) are read one after another, or on {@code --jobs N}
 * threads, as a batch validation would.
 *
 * <pre>java -cp classes SaxFloor [--jobs N] FILE_OR_FOLDER...</pre>
 */
public final class SaxFloor {
    private static final String SHEET = "Customers";

    public static void main(String[] args) throws Exception {
        int jobs = 1;
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jobs")) {
                jobs = Integer.parseInt(args[++i]);
            } else {
                try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(Path.of(args[i]))) {
                    s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(files::add);
                }
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(jobs);
        java.util.List<java.util.concurrent.Future<long[]>> results = new java.util.ArrayList<>();
        for (Path file : files) {
            results.add(pool.submit(() -> read(file)));
        }
        long[] sum = new long[4];
        for (java.util.concurrent.Future<long[]> r : results) {
            long[] c = r.get();
            for (int k = 0; k < 4; k++) {
                sum[k] += c[k];
            }
        }
        pool.shutdown();
        System.out.printf("SaxFloor: %d files, %d rows, %d cells, %d formulas, %d value characters%n", files.size(),
                sum[0], sum[1], sum[2], sum[3]);
    }

    private static long[] read(Path file) throws Exception {
        String sheetName = SHEET;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String workbook = read(zip, "xl/workbook.xml");
            String rels = read(zip, "xl/_rels/workbook.xml.rels");
            String id = group(workbook, "<sheet [^>]*name=\"" + Pattern.quote(sheetName) + "\"[^>]*r:id=\"([^\"]+)\"");
            String target = group(rels, "<Relationship [^>]*Id=\"" + Pattern.quote(id) + "\"[^>]*Target=\"([^\"]+)\"");
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            Counter counter = new Counter();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            SAXParser parser = factory.newSAXParser();
            try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
                parser.parse(in, counter);
            }
            return new long[] {counter.rows, counter.cells, counter.formulas, counter.chars};
        }
    }

    private static final class Counter extends DefaultHandler {
        long rows;
        long cells;
        long formulas;
        long chars;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> rows++;
                case "c" -> cells++;
                case "f" -> formulas++;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            chars += length;
        }
    }

    private static String read(ZipFile zip, String name) throws Exception {
        ZipEntry entry = zip.getEntry(name);
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("not found: " + regex);
        }
        return m.group(1);
    }
}
