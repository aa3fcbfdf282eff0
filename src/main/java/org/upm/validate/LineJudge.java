package org.upm.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.upm.calc.Line;
import org.upm.calc.LineResult;
import org.upm.calc.ProxyUserEngine;
import org.upm.layout.CellRef;
import org.upm.layout.Column;
import org.upm.layout.LineColumns;
import org.upm.layout.ToolkitKind;
import org.upm.layout.UsStates;
import org.upm.model.Application;
import org.upm.model.CareSetting;

/**
 * Judges each filled line: its inputs (each problem named by its cell), the engine's count of its
 * proxy users with the authoritative data, duplicates, and the workbook's cached proxy users against
 * that count. Keeps the counted results for the totals.
 */
final class LineJudge {
    private final Expected x;
    private final LineColumns c;
    private final Findings findings;
    private final String sheet;
    private final ResultComparer results;
    private final List<LineResult> counted = new ArrayList<>();
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private int lines;

    LineJudge(Expected x, Findings findings) {
        this.x = x;
        this.c = x.roles;
        this.findings = findings;
        this.sheet = x.lines.name();
        this.results = new ResultComparer(findings, sheet);
    }

    /** Filled lines judged. */
    int lines() {
        return lines;
    }

    /** Every counted line's result, in sheet order. */
    List<LineResult> counted() {
        return counted;
    }

    ResultComparer results() {
        return results;
    }

    /** Judges one row (zero-based); an entirely blank row is no line and only its cached results are checked. */
    void judge(int row, RowValues v) {
        if (isBlankLine(v)) {
            c.users().forEach(u -> results.compare(row, u.index(), null, v));
            return;
        }
        lines++;
        if (x.layout.kind() == ToolkitKind.VENDOR) {
            vendor(row, v);
        } else {
            organization(row, v);
        }
    }

    private boolean isBlankLine(RowValues v) {
        for (int input : x.inputColumns) {
            if (!v.isBlank(input)) {
                return false;
            }
        }
        return true;
    }

    private void vendor(int row, RowValues v) {
        siteChecks(row, v);
        CareSetting care = careSetting(row, v);
        Application app = choice(row, v, c.application(), FindingCode.UNKNOWN_APPLICATION, "application",
                x::application);
        BigDecimal metric = metric(row, v);
        Long users = care == null || app == null ? null : count(row, care, app, metric, c.application(), true);
        results.compare(row, c.users().get(0).index(), users, v);
        String id = v.isEmptyText(c.customerId().index()) ? null : v.text(c.customerId().index());
        if (id != null && care != null && app != null) {
            duplicate(row, c.customerId(), key(id) + '\u0000' + care.code() + '\u0000' + app.code(),
                    "customer ID, care setting and application");
        }
    }

    private void organization(int row, RowValues v) {
        siteChecks(row, v);
        CareSetting care = careSetting(row, v);
        BigDecimal metric = metric(row, v);
        boolean anyYes = false;
        boolean anyInvalid = false;
        boolean metricReported = false;
        for (int k = 0; k < c.answers().size(); k++) {
            Column answer = c.answers().get(k);
            Boolean yes = answer(v, answer);
            anyInvalid |= yes == null;
            if (yes == null) {
                findings.add(FindingCode.INVALID_ANSWER, sheet, a1(row, answer), "the answer for " + answer.header()
                        + " is " + v.describe(answer.index()) + ", not Yes or No", "Yes or No", v.describe(answer.index()));
            }
            Long users = null;
            if (Boolean.TRUE.equals(yes)) {
                anyYes = true;
                Application app = x.model.application(answer.applicationCode()).orElseThrow();
                users = care == null ? null : count(row, care, app, metric, answer, !metricReported);
                metricReported = true;
            }
            results.compare(row, c.users().get(k).index(), users, v);
        }
        if (!anyYes && !anyInvalid) {
            findings.add(FindingCode.MISSING_VALUE, sheet, a1(row, c.answers().get(0)),
                    "no application is answered Yes on this line");
        }
        if (care != null && !v.isEmptyText(c.name().index())) {
            duplicate(row, c.name(), key(v.text(c.name().index())) + '\u0000' + key(v.text(c.city().index()))
                    + '\u0000' + key(v.text(c.state().index())) + '\u0000' + care.code(),
                    "facility name, city, state and care setting");
        }
    }

    /** Yes → true, No or empty → false, anything else → null. Case is ignored, as the workbook's "=" does. */
    private static Boolean answer(RowValues v, Column answer) {
        if (v.isBlank(answer.index())) {
            return false;
        }
        String text = v.textOnly(answer.index());
        if ("yes".equalsIgnoreCase(text)) {
            return true;
        }
        return "no".equalsIgnoreCase(text) ? false : null;
    }

    /** Name and state, which the engine does not need but the report does. */
    private void siteChecks(int row, RowValues v) {
        if (v.isEmptyText(c.name().index())) {
            missing(row, c.name());
        }
        int state = c.state().index();
        if (v.isBlank(state)) {
            missing(row, c.state());
        } else if (v.textOnly(state) == null || !UsStates.isValid(v.textOnly(state))) {
            findings.add(FindingCode.INVALID_STATE, sheet, a1(row, c.state()), "the state " + v.describe(state)
                    + " is not a two-letter USPS code", "a code such as IL", v.describe(state));
        }
    }

    private CareSetting careSetting(int row, RowValues v) {
        return choice(row, v, c.careSetting(), FindingCode.UNKNOWN_CARE_SETTING, "care setting", x::careSetting);
    }

    /** A dropdown value resolved by exact name (case aside), or null with a finding. */
    private <T> T choice(int row, RowValues v, Column column, FindingCode unknown, String what,
            Function<String, T> byName) {
        int i = column.index();
        if (v.isBlank(i)) {
            missing(row, column);
            return null;
        }
        String text = v.textOnly(i);
        T found = text == null ? null : byName.apply(text);
        if (found == null) {
            findings.add(unknown, sheet, a1(row, column), "the " + what + " " + v.describe(i) + " is not one of the "
                    + "names on the list", "a name from the dropdown list", v.describe(i));
        }
        return found;
    }

    /** The base metric when it is a number, else null with a finding. */
    private BigDecimal metric(int row, RowValues v) {
        int i = c.baseMetricValue().index();
        if (v.isBlank(i)) {
            missing(row, c.baseMetricValue());
            return null;
        }
        BigDecimal number = v.number(i);
        if (number == null) {
            findings.add(FindingCode.NOT_A_NUMBER, sheet, a1(row, c.baseMetricValue()), "the base metric "
                    + v.describe(i) + " is not a number", "a whole number", v.describe(i));
        }
        return number;
    }

    /**
     * The engine's users for one site and application, or null when it refuses (with a finding: metric
     * problems only when {@code reportMetric}, so a facility with three applications names its base
     * metric once).
     */
    private Long count(int row, CareSetting care, Application app, BigDecimal metric, Column appCell,
            boolean reportMetric) {
        if (metric == null) {
            if (care.multiplier(app.code()).isEmpty()) {
                notApplicable(row, care, app, appCell);
            }
            return null;
        }
        LineResult result = x.engine.calculate(new Line(care.code(), app.code(), metric));
        if (result instanceof LineResult.Counted counted) {
            this.counted.add(counted);
            return counted.users();
        }
        LineResult.Refused refused = (LineResult.Refused) result;
        switch (refused.problem()) {
            case NOT_APPLICABLE -> notApplicable(row, care, app, appCell);
            case NEGATIVE_BASE_METRIC -> metricFinding(reportMetric, row, FindingCode.NEGATIVE_VALUE, metric,
                    "the base metric is negative");
            case FRACTIONAL_BASE_METRIC -> metricFinding(reportMetric, row, FindingCode.NOT_WHOLE_NUMBER, metric,
                    "the base metric is not a whole number");
            case BASE_METRIC_TOO_LARGE -> metricFinding(reportMetric, row, FindingCode.VALUE_TOO_LARGE, metric,
                    "the base metric is over " + ProxyUserEngine.MAX_BASE_METRIC);
            default -> findings.add(FindingCode.MISSING_VALUE, sheet, a1(row, c.careSetting()), refused.reason());
        }
        return null;
    }

    private void notApplicable(int row, CareSetting care, Application app, Column appCell) {
        findings.add(FindingCode.NOT_APPLICABLE, sheet, a1(row, appCell), app.name() + " is not licensed by proxy for "
                + care.name(), "an application licensed for " + care.name(), app.name());
    }

    private void metricFinding(boolean report, int row, FindingCode code, BigDecimal metric, String detail) {
        if (report) {
            findings.add(code, sheet, a1(row, c.baseMetricValue()), detail, "a whole number from 0 to "
                    + ProxyUserEngine.MAX_BASE_METRIC, Numbers.show(metric));
        }
    }

    private void missing(int row, Column column) {
        findings.add(FindingCode.MISSING_VALUE, sheet, a1(row, column), "the " + column.header()
                + " of this line is empty");
    }

    private void duplicate(int row, Column cell, String key, String what) {
        Integer first = firstRowOf.putIfAbsent(key, row);
        if (first != null) {
            findings.add(FindingCode.DUPLICATE_LINE, sheet, a1(row, cell), "this line repeats the " + what + " of line "
                    + (first + 1), "one line per site and application", "same as row " + (first + 1));
        }
    }

    /** Case and surrounding spaces aside, as a person reads an ID or a name. */
    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String a1(int row, Column column) {
        return CellRef.a1(row, column.index());
    }
}
