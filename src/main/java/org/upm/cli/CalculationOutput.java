package org.upm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upm.calc.Calculation;
import org.upm.calc.LineResult;
import org.upm.calc.Totals;
import org.upm.model.ProxyModel;
import org.upm.report.Csv;
import org.upm.report.Json;
import org.upm.report.TextTable;

/** Renders a calculation as text, JSON or CSV. */
final class CalculationOutput {
    private static final String NL = System.lineSeparator();
    private final ProxyModel model;
    private final List<CsvLines.Row> rows;
    private final Calculation calculation;
    private final List<CsvLines.Problem> problems;

    CalculationOutput(ProxyModel model, List<CsvLines.Row> rows, Calculation calculation,
            List<CsvLines.Problem> problems) {
        this.model = model;
        this.rows = rows;
        this.calculation = calculation;
        this.problems = problems;
    }

    String text() {
        TextTable table = new TextTable("LINE", "CUSTOMER", "CARE SETTING", "APPLICATION", "BASE METRIC", "MULTIPLIER",
                "USERS");
        for (int i = 0; i < rows.size(); i++) {
            CsvLines.Row row = rows.get(i);
            LineResult result = calculation.results().get(i);
            if (result instanceof LineResult.Counted c) {
                table.add(row.lineNumber(), row.fields().get("customer_name"), c.careSetting().code(),
                        c.application().code(), row.line().baseMetric().toPlainString(), c.multiplier().toPlainString(),
                        c.users());
            } else {
                table.add(row.lineNumber(), row.fields().get("customer_name"), row.line().careSetting(),
                        row.line().application(), row.line().baseMetric() == null ? "" : row.line().baseMetric()
                                .toPlainString(), "", "error");
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("CPT ").append(model.cptYear()).append(" User Proxy Model (data ").append(model.status().xmlName())
                .append(")").append(NL).append(NL).append(table.render()).append(NL);
        Totals totals = calculation.totals();
        TextTable byApplication = new TextTable("APPLICATION", "USERS");
        totals.byApplication().forEach(byApplication::add);
        out.append(byApplication.render()).append(NL);
        out.append("Total proxy users: ").append(totals.totalUsers()).append(NL);
        out.append("Royalty estimate: ").append(totals.royaltyEstimate().toPlainString()).append(' ')
                .append(model.royalty().currency()).append(" (entity fee ")
                .append(model.royalty().entityFee().toPlainString()).append(" + ")
                .append(model.royalty().perUser().toPlainString()).append(" per user)").append(NL);
        if (!problems.isEmpty()) {
            out.append(problems.size()).append(" line(s) could not be counted; see the messages on stderr").append(NL);
        }
        return out.toString();
    }

    String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cptYear", model.cptYear());
        json.put("dataStatus", model.status().xmlName());
        json.put("dataFingerprint", model.fingerprint());
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(lineJson(rows.get(i), calculation.results().get(i)));
        }
        json.put("lines", lines);
        Totals totals = calculation.totals();
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("byApplication", totals.byApplication());
        t.put("byCareSetting", totals.byCareSetting());
        t.put("totalUsers", totals.totalUsers());
        t.put("royaltyEstimate", totals.royaltyEstimate().toPlainString());
        json.put("totals", t);
        json.put("errors", problems.stream().map(p -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", p.lineNumber());
            e.put("column", p.column());
            e.put("message", p.message());
            return e;
        }).toList());
        return Json.write(json) + NL;
    }

    private static Map<String, Object> lineJson(CsvLines.Row row, LineResult result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("line", row.lineNumber());
        for (String optional : CsvLines.OPTIONAL) {
            String value = row.fields().get(optional);
            if (!value.isEmpty()) {
                line.put(camel(optional), value);
            }
        }
        if (result instanceof LineResult.Counted c) {
            line.put("careSetting", c.careSetting().code());
            line.put("application", c.application().code());
            line.put("baseMetric", row.line().baseMetric());
            line.put("multiplier", c.multiplier());
            line.put("users", c.users());
        } else if (result instanceof LineResult.Refused r) {
            line.put("careSetting", row.line().careSetting());
            line.put("application", row.line().application());
            line.put("baseMetric", row.line().baseMetric());
            line.put("users", null);
            line.put("error", r.reason());
        }
        return line;
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        out.append(Csv.row(List.of("line", "customer_name", "customer_id", "city", "state", "care_setting",
                "application", "base_metric", "multiplier", "users", "error"))).append(NL);
        for (int i = 0; i < rows.size(); i++) {
            CsvLines.Row row = rows.get(i);
            LineResult result = calculation.results().get(i);
            List<Object> fields = new ArrayList<>(List.of(row.lineNumber(), row.fields().get("customer_name"),
                    row.fields().get("customer_id"), row.fields().get("city"), row.fields().get("state")));
            String metric = row.line().baseMetric() == null ? "" : row.line().baseMetric().toPlainString();
            if (result instanceof LineResult.Counted c) {
                fields.addAll(List.of(c.careSetting().code(), c.application().code(), metric,
                        c.multiplier().toPlainString(), c.users(), ""));
            } else {
                fields.addAll(List.of(row.line().careSetting(), row.line().application(), metric, "", "",
                        ((LineResult.Refused) result).reason()));
            }
            out.append(Csv.row(fields)).append(NL);
        }
        Totals totals = calculation.totals();
        out.append(Csv.row(List.of("total", "", "", "", "", "", "", "", "", totals.totalUsers(),
                "royalty estimate " + totals.royaltyEstimate().toPlainString()))).append(NL);
        return out.toString();
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
