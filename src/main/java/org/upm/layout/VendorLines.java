package org.upm.layout;

import java.util.ArrayList;
import java.util.List;

/** Columns of the vendor toolkit's Customers sheet: one line per customer site and application. */
final class VendorLines {
    static final String CUSTOMER_NAME = "Customer name";
    static final String CUSTOMER_ID = "Customer ID";
    static final String CITY = "City";
    static final String STATE = "State";
    static final String CARE_SETTING = "Care setting";
    static final String APPLICATION = "Application";
    static final String BASE_METRIC_VALUE = "Base metric value";
    static final String BASE_METRIC = "Base metric";
    static final String MULTIPLIER = "Multiplier";
    static final String PROXY_USERS = "Proxy users";
    static final String CHECK = "Check";

    private VendorLines() {
    }

    static LineSheet build(int rows) {
        // Letters of the columns below, in order; the formulas refer to them.
        String name = "A{r}", id = "B{r}", city = "C{r}", state = "D{r}", care = "E{r}", app = "F{r}";
        String metric = "G{r}", multiplier = "I{r}";
        List<Column> c = new ArrayList<>();
        c.add(input(c, CUSTOMER_NAME, Style.INPUT_TEXT, 32, Rules.name("Customer name", "customer")));
        c.add(input(c, CUSTOMER_ID, Style.INPUT_TEXT, 16, Rules.id()));
        c.add(input(c, CITY, Style.INPUT_TEXT, 18, Rules.city()));
        c.add(input(c, STATE, Style.INPUT_TEXT, 8, Rules.state()));
        c.add(input(c, CARE_SETTING, Style.INPUT_TEXT, 32, Rules.careSetting()));
        c.add(input(c, APPLICATION, Style.INPUT_TEXT, 34, Rules.application()));
        c.add(input(c, BASE_METRIC_VALUE, Style.INPUT_WHOLE, 14, Rules.baseMetric()));
        c.add(computed(c, BASE_METRIC, Style.COMPUTED_TEXT, 20, Formulas.baseMetricLabel(care)));
        c.add(computed(c, MULTIPLIER, Style.COMPUTED_MULTIPLIER, 11,
                "IF(OR(" + care + "=\"\"," + app + "=\"\"),\"\","
                        + Formulas.multiplier(care, Formulas.applicationColumn(app)) + ")"));
        c.add(computed(c, PROXY_USERS, Style.COMPUTED_USERS, 12,
                "IF(AND(ISNUMBER(" + multiplier + "),ISNUMBER(" + metric + ")),IF("
                        + Formulas.acceptableMetric(metric) + "," + Formulas.users(metric, multiplier)
                        + ",\"\"),\"\")"));
        String checks = Formulas.careSettingChecks(care,
                "IF(" + app + "=\"\",\"Choose an application\","
                        + "IF(ISNA(" + Formulas.applicationColumn(app) + "),\"Choose an application from the list\","
                        + "IF(" + multiplier + "=\"\",\"Not licensed by proxy for this care setting\","
                        + Formulas.metricChecks(metric,
                                Formulas.nameAndStateChecks(name, "Enter the customer name", state)) + ")))");
        c.add(computed(c, CHECK, Style.COMPUTED_TEXT, 44,
                "IF(" + Formulas.allBlank(List.of(name, id, city, state, care, app, metric)) + ",\"\"," + checks + ")"));
        return new LineSheet(ToolkitKind.VENDOR.lineSheetName(), c, rows);
    }

    private static Column input(List<Column> before, String header, Style style, int width, InputRule rule) {
        return new Column(before.size(), header, style, null, rule, width, null);
    }

    private static Column computed(List<Column> before, String header, Style style, int width, String formula) {
        return new Column(before.size(), header, style, formula, null, width, null);
    }
}
