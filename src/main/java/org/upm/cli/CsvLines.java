package org.upm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upm.calc.Line;

/**
 * Reads the input CSV of {@code upm calculate}: a header naming at least care_setting, application and
 * base_metric (customer_name, customer_id, city and state optional), then one line per row.
 */
final class CsvLines {
    static final List<String> REQUIRED = List.of("care_setting", "application", "base_metric");
    static final List<String> OPTIONAL = List.of("customer_name", "customer_id", "city", "state");

    /** One data row: its 1-based line number in the file, the fields by column name, and the engine line. */
    record Row(int lineNumber, Map<String, String> fields, Line line) {
    }

    /** A problem with one row or the header; {@code column} may be null. */
    record Problem(int lineNumber, String column, String message) {
        @Override
        public String toString() {
            return "line " + lineNumber + (column == null ? "" : ", column " + column) + ": " + message;
        }
    }

    final List<Row> rows = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    /** Parses everything; a row whose base_metric is not a number is reported and kept out of {@code rows}. */
    static CsvLines read(BufferedReader reader, String display) throws IOException, UsageException {
        CsvLines result = new CsvLines();
        CsvRecords records = new CsvRecords(reader);
        List<String> header = records.next();
        if (header == null) {
            throw new UsageException(display + " is empty; the first line must be a header such as "
                    + String.join(",", REQUIRED));
        }
        Map<String, Integer> columns = columns(header, display);
        List<String> fields;
        while ((fields = records.next()) != null) {
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            result.add(records.lineNumber(), fields, columns);
        }
        return result;
    }

    private static Map<String, Integer> columns(List<String> header, String display) throws UsageException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            columns.putIfAbsent(name, i);
        }
        List<String> missing = REQUIRED.stream().filter(r -> !columns.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new UsageException(display + " line 1: the header lacks " + String.join(", ", missing)
                    + "; it must name at least " + String.join(",", REQUIRED) + " (optional: "
                    + String.join(",", OPTIONAL) + ")");
        }
        return columns;
    }

    private void add(int lineNumber, List<String> fields, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        for (String name : concat(REQUIRED, OPTIONAL)) {
            Integer index = columns.get(name);
            values.put(name, index == null || index >= fields.size() ? "" : fields.get(index).strip());
        }
        String metricText = values.get("base_metric");
        BigDecimal metric = null;
        if (!metricText.isEmpty()) {
            try {
                metric = new BigDecimal(metricText.replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem(lineNumber, "base_metric", "'" + metricText
                        + "' is not a number; enter a whole number of 0 or more"));
                return;
            }
        }
        rows.add(new Row(lineNumber, values, new Line(values.get("care_setting"), values.get("application"), metric)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
