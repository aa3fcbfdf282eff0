package org.upm.report;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV output. */
public final class Csv {
    private Csv() {
    }

    /** One CSV record, fields quoted when they need it, without the line ending. */
    public static String row(List<?> fields) {
        return fields.stream().map(f -> field(f == null ? "" : f.toString())).collect(Collectors.joining(","));
    }

    /**
     * A field quoted when it holds a comma, quote or line break. A leading =, +, - or @ is prefixed with
     * an apostrophe so a spreadsheet opening the report never runs it as a formula (CSV injection).
     */
    public static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
