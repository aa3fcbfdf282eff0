package org.upm.layout;

import java.util.ArrayList;
import java.util.List;
import org.upm.model.Application;
import org.upm.model.ProxyModel;

/**
 * Columns of the organization toolkit's Facilities sheet: one line per facility, one Yes/No column
 * per application and one proxy-users column per application.
 */
final class OrganizationLines {
    static final String FACILITY_NAME = "Facility name";
    static final String CITY = "City";
    static final String STATE = "State";
    static final String CARE_SETTING = "Care setting";
    static final String BASE_METRIC_VALUE = "Base metric value";
    static final String BASE_METRIC = "Base metric";
    static final String CHECK = "Check";

    private OrganizationLines() {
    }

    /** Header of the proxy-users column of one application, e.g. "Proxy users (EMR)". */
    static String usersHeader(String applicationCode) {
        return "Proxy users (" + applicationCode + ")";
    }

    static LineSheet build(ProxyModel model, int rows) {
        String name = "A{r}", state = "C{r}", care = "D{r}", metric = "E{r}";
        List<Application> apps = model.applications();
        List<Column> c = new ArrayList<>();
        c.add(input(c, FACILITY_NAME, Style.INPUT_TEXT, 32, Rules.name("Facility name", "facility"), null));
        c.add(input(c, CITY, Style.INPUT_TEXT, 18, Rules.city(), null));
        c.add(input(c, STATE, Style.INPUT_TEXT, 8, Rules.state(), null));
        c.add(input(c, CARE_SETTING, Style.INPUT_TEXT, 32, Rules.careSetting(), null));
        c.add(input(c, BASE_METRIC_VALUE, Style.INPUT_WHOLE, 14, Rules.baseMetric(), null));
        int firstAnswer = c.size();
        for (Application a : apps) {
            c.add(input(c, a.name(), Style.INPUT_TEXT, Math.max(12, Math.min(a.name().length(), 24)),
                    Rules.yesNo(a.name()), a.code()));
        }
        c.add(new Column(c.size(), BASE_METRIC, Style.COMPUTED_TEXT, Formulas.baseMetricLabel(care), null, 20, null));
        for (int k = 0; k < apps.size(); k++) {
            String answer = CellRef.columnLetters(firstAnswer + k) + "{r}";
            String multiplier = Formulas.multiplier(care, Integer.toString(k + 1));
            String formula = "IF(" + answer + "=\"Yes\",IF(AND(ISNUMBER(" + metric + "),ISNUMBER(" + multiplier
                    + ")),IF(" + Formulas.acceptableMetric(metric) + "," + Formulas.users(metric, multiplier)
                    + ",\"\"),\"\"),\"\")";
            c.add(new Column(c.size(), usersHeader(apps.get(k).code()), Style.COMPUTED_USERS, formula, null, 13,
                    apps.get(k).code()));
        }
        List<String> inputs = new ArrayList<>(List.of(name, "B{r}", state, care, metric));
        String answers = CellRef.columnLetters(firstAnswer) + "{r}:" + CellRef.columnLetters(firstAnswer + apps.size() - 1)
                + "{r}";
        for (int k = 0; k < apps.size(); k++) {
            inputs.add(CellRef.columnLetters(firstAnswer + k) + "{r}");
        }
        String checks = Formulas.metricChecks(metric, Formulas.nameAndStateChecks(name, "Enter the facility name", state));
        for (int k = apps.size() - 1; k >= 0; k--) {
            String answer = CellRef.columnLetters(firstAnswer + k) + "{r}";
            String lookup = "INDEX(" + Names.MULTIPLIER_TABLE + "," + Formulas.careSettingRow(care) + "," + (k + 1) + ")";
            checks = "IF(AND(" + answer + "=\"Yes\",NOT(ISNUMBER(" + lookup + "))),"
                    + Formulas.quoted(apps.get(k).name() + " is not licensed by proxy for this care setting") + ","
                    + checks + ")";
        }
        checks = "IF(COUNTIF(" + answers + ",\"Yes\")=0,\"Answer Yes for at least one application\"," + checks + ")";
        for (int k = apps.size() - 1; k >= 0; k--) {
            String answer = CellRef.columnLetters(firstAnswer + k) + "{r}";
            checks = "IF(AND(" + answer + "<>\"\"," + answer + "<>\"Yes\"," + answer + "<>\"No\"),"
                    + Formulas.quoted("Answer Yes or No for " + apps.get(k).name()) + "," + checks + ")";
        }
        String check = "IF(" + Formulas.allBlank(inputs) + ",\"\"," + Formulas.careSettingChecks(care, checks) + ")";
        c.add(new Column(c.size(), CHECK, Style.COMPUTED_TEXT, check, null, 44, null));
        return new LineSheet(ToolkitKind.ORGANIZATION.lineSheetName(), c, rows);
    }

    private static Column input(List<Column> before, String header, Style style, int width, InputRule rule,
            String applicationCode) {
        return new Column(before.size(), header, style, null, rule, width, applicationCode);
    }
}
