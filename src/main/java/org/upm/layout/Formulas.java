package org.upm.layout;

import static org.upm.layout.Names.APPLICATION_NAMES;
import static org.upm.layout.Names.CARE_SETTING_BASE_METRICS;
import static org.upm.layout.Names.CARE_SETTING_NAMES;
import static org.upm.layout.Names.MULTIPLIER_TABLE;
import static org.upm.layout.Names.STATE_CODES;

import org.upm.calc.ProxyUserEngine;

/**
 * Formula fragments shared by the line sheets. Only functions that Excel 2010+, LibreOffice and
 * Gnumeric evaluate identically. Cell arguments are references such as {@code "G{r}"}.
 */
final class Formulas {
    /** The engine's ceiling on a base metric, so the workbook refuses what the engine refuses. */
    static final String MAX_METRIC = Long.toString(ProxyUserEngine.MAX_BASE_METRIC);
    static final String WHOLE_NUMBER_MESSAGE = "Enter a whole number of 0 or more";

    private Formulas() {
    }

    /**
     * Proxy users: base metric × multiplier rounded up. Multipliers have at most 4 decimals and base
     * metrics are whole, so the exact product has at most 4 decimals; ROUND(…,4) removes the binary
     * floating-point noise (10 × 0.7 = 7.000000000000001) before ROUNDUP, which would otherwise
     * count a user too many.
     */
    static String users(String metric, String multiplier) {
        return "ROUNDUP(ROUND(" + metric + "*" + multiplier + ",4),0)";
    }

    /** True when the base metric is a whole number the engine accepts; only call when it is a number. */
    static String acceptableMetric(String metric) {
        return "AND(" + metric + ">=0," + metric + "=INT(" + metric + ")," + metric + "<=" + MAX_METRIC + ")";
    }

    static String careSettingRow(String careSetting) {
        return "MATCH(" + careSetting + "," + CARE_SETTING_NAMES + ",0)";
    }

    static String applicationColumn(String application) {
        return "MATCH(" + application + "," + APPLICATION_NAMES + ",0)";
    }

    static String baseMetricLabel(String careSetting) {
        return "IF(" + careSetting + "=\"\",\"\",IFERROR(INDEX(" + CARE_SETTING_BASE_METRICS + ","
                + careSettingRow(careSetting) + "),\"\"))";
    }

    /** The multiplier or "" when the pair is unknown or not licensed (the table then holds text). */
    static String multiplier(String careSetting, String applicationColumn) {
        String lookup = "INDEX(" + MULTIPLIER_TABLE + "," + careSettingRow(careSetting) + "," + applicationColumn + ")";
        return "IFERROR(IF(ISNUMBER(" + lookup + ")," + lookup + ",\"\"),\"\")";
    }

    /** Nested checks of the base metric, then {@code otherwise}. */
    static String metricChecks(String metric, String otherwise) {
        return "IF(" + metric + "=\"\",\"Enter the base metric value\","
                + "IF(NOT(ISNUMBER(" + metric + ")),\"" + WHOLE_NUMBER_MESSAGE + "\","
                + "IF(OR(" + metric + "<0," + metric + "<>INT(" + metric + ")),\"" + WHOLE_NUMBER_MESSAGE + "\","
                + "IF(" + metric + ">" + MAX_METRIC + ",\"Check the base metric value: at most 10,000,000\","
                + otherwise + "))))";
    }

    /** Nested checks of name and state, then "OK". */
    static String nameAndStateChecks(String name, String nameMessage, String state) {
        return "IF(" + name + "=\"\",\"" + nameMessage + "\","
                + "IF(" + state + "=\"\",\"Enter the two-letter state code\","
                + "IF(ISNA(MATCH(" + state + "," + STATE_CODES + ",0)),\"Enter a two-letter state code, e.g. IL\","
                + "\"" + Names.CHECK_OK + "\")))";
    }

    /** Nested checks of the care setting, then {@code otherwise}. */
    static String careSettingChecks(String careSetting, String otherwise) {
        return "IF(" + careSetting + "=\"\",\"Choose a care setting\","
                + "IF(ISNA(" + careSettingRow(careSetting) + "),\"Choose a care setting from the list\","
                + otherwise + "))";
    }

    /** A string literal for a formula, inner quotes doubled. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** TRUE when every listed cell is empty. */
    static String allBlank(java.util.List<String> cells) {
        return "AND(" + String.join(",", cells.stream().map(c -> c + "=\"\"").toList()) + ")";
    }
}
