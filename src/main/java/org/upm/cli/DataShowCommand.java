package org.upm.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.upm.model.Application;
import org.upm.model.CareSetting;
import org.upm.model.Multiplier;
import org.upm.model.ProxyModel;
import org.upm.report.Json;
import org.upm.report.TextTable;

/** {@code upm data show --year Y}: the year's multiplier table. */
final class DataShowCommand extends CommandLineCommand {
    static final Option YEAR = Option.builder().longOpt("year").hasArg().argName("Y").required()
            .desc("CPT year to show").build();
    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("text|json")
            .desc("output format (default text)").build();

    @Override
    public String name() {
        return "data show";
    }

    @Override
    public String summary() {
        return "show one CPT year's multipliers and royalty";
    }

    @Override
    Options options() {
        return new Options().addOption(YEAR).addOption(FORMAT).addOption(DATA);
    }

    @Override
    String argumentSyntax() {
        return "--year Y [--format text|json] [--data PATH]";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        String format = line.getOptionValue(FORMAT, "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "'; use text or json");
        }
        ProxyModel model = year(dataSet(line), parseYear(line.getOptionValue(YEAR)));
        out.print(format.equals("json") ? Json.write(asJson(model)) + System.lineSeparator() : asText(model));
        return ExitCode.OK;
    }

    private static String asText(ProxyModel m) {
        StringBuilder text = new StringBuilder();
        text.append("CPT ").append(m.cptYear()).append(" User Proxy Model data (").append(m.status().xmlName())
                .append("), effective ").append(m.effectiveDate()).append(System.lineSeparator());
        if (!m.allPublished()) {
            text.append("ILLUSTRATIVE: figures marked * are stand-ins, not licensed figures.")
                    .append(System.lineSeparator());
        }
        text.append("Source: ").append(m.origin()).append(", sha256 ").append(m.fingerprint())
                .append(System.lineSeparator()).append(System.lineSeparator());
        List<String> headers = new ArrayList<>(List.of("CARE SETTING", "CODE", "BASE METRIC"));
        m.applications().forEach(a -> headers.add(a.code()));
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (CareSetting c : m.careSettings()) {
            List<Object> row = new ArrayList<>(List.of(c.name(), c.code(), c.baseMetric()));
            for (Application a : m.applications()) {
                row.add(c.multiplier(a.code()).map(DataShowCommand::shown).orElse("-"));
            }
            table.add(row.toArray());
        }
        text.append(table.render()).append(System.lineSeparator());
        text.append("Royalty: entity fee ").append(m.royalty().entityFee().toPlainString())
                .append(star(m.royalty().entityFeeStatus())).append(" + ").append(m.royalty().perUser().toPlainString())
                .append(star(m.royalty().status())).append(' ').append(m.royalty().currency()).append(" per proxy user")
                .append(System.lineSeparator()).append("'-': not licensed by proxy for that care setting.")
                .append(System.lineSeparator());
        return text.toString();
    }

    private static String shown(Multiplier m) {
        return m.value().toPlainString() + star(m.status());
    }

    private static String star(org.upm.model.FigureStatus status) {
        return status == org.upm.model.FigureStatus.ILLUSTRATIVE ? "*" : "";
    }

    static Map<String, Object> asJson(ProxyModel m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cptYear", m.cptYear());
        json.put("effectiveDate", m.effectiveDate().toString());
        json.put("status", m.status().xmlName());
        json.put("fingerprint", m.fingerprint());
        Map<String, Object> royalty = new LinkedHashMap<>();
        royalty.put("currency", m.royalty().currency());
        royalty.put("entityFee", m.royalty().entityFee().toPlainString());
        royalty.put("entityFeeStatus", m.royalty().entityFeeStatus().xmlName());
        royalty.put("perUser", m.royalty().perUser().toPlainString());
        royalty.put("status", m.royalty().status().xmlName());
        json.put("royalty", royalty);
        List<Object> applications = new ArrayList<>();
        for (Application a : m.applications()) {
            Map<String, Object> app = new LinkedHashMap<>();
            app.put("code", a.code());
            app.put("name", a.name());
            applications.add(app);
        }
        json.put("applications", applications);
        List<Object> settings = new ArrayList<>();
        for (CareSetting c : m.careSettings()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("code", c.code());
            s.put("name", c.name());
            s.put("baseMetric", c.baseMetric());
            Map<String, Object> multipliers = new LinkedHashMap<>();
            for (Multiplier mu : c.multipliers()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("value", mu.value().toPlainString());
                entry.put("status", mu.status().xmlName());
                multipliers.put(mu.application(), entry);
            }
            s.put("multipliers", multipliers);
            settings.add(s);
        }
        json.put("careSettings", settings);
        json.put("source", m.source());
        return json;
    }
}
