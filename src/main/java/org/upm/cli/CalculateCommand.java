package org.upm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.upm.calc.Calculation;
import org.upm.calc.LineResult;
import org.upm.calc.ProxyUserEngine;
import org.upm.model.ProxyModel;

/** {@code upm calculate}: proxy users for the lines of a CSV file, with totals and the royalty estimate. */
final class CalculateCommand extends CommandLineCommand {
    static final Option YEAR = Option.builder().longOpt("year").hasArg().argName("Y").required()
            .desc("CPT year whose multipliers apply").build();
    static final Option INPUT = Option.builder().longOpt("input").hasArg().argName("FILE.csv").required()
            .desc("CSV with a header naming care_setting,application,base_metric (optional customer_name,"
                    + "customer_id,city,state); - reads standard input").build();
    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("text|json|csv")
            .desc("output format (default text)").build();

    @Override
    public String name() {
        return "calculate";
    }

    @Override
    public String summary() {
        return "proxy users, totals and royalty estimate for the lines of a CSV file";
    }

    @Override
    Options options() {
        return new Options().addOption(YEAR).addOption(INPUT).addOption(FORMAT).addOption(DATA);
    }

    @Override
    String argumentSyntax() {
        return "--year Y --input FILE.csv [--format text|json|csv] [--data PATH]";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        String format = line.getOptionValue(FORMAT, "text");
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new UsageException("unknown format '" + format + "'; use text, json or csv");
        }
        int year = parseYear(line.getOptionValue(YEAR));
        ProxyModel model = year(dataSet(line), year);
        String input = line.getOptionValue(INPUT);
        CsvLines csv = readInput(input);
        ProxyUserEngine engine = new ProxyUserEngine(model);
        Calculation calculation = engine.calculate(csv.rows.stream().map(CsvLines.Row::line).toList());
        List<CsvLines.Problem> problems = new ArrayList<>(csv.problems);
        for (int i = 0; i < calculation.results().size(); i++) {
            if (calculation.results().get(i) instanceof LineResult.Refused r) {
                problems.add(new CsvLines.Problem(csv.rows.get(i).lineNumber(), column(r), r.reason()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(CsvLines.Problem::lineNumber));
        CalculationOutput output = new CalculationOutput(model, csv.rows, calculation, problems);
        out.print(switch (format) {
            case "json" -> output.json();
            case "csv" -> output.csv();
            default -> output.text();
        });
        if (!model.allPublished()) {
            err.println("upm calculate: note: CPT " + year + " data is illustrative; figures are stand-ins, "
                    + "not licensed figures");
        }
        problems.forEach(p -> err.println(input + ": " + p));
        return problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
    }

    private static CsvLines readInput(String input) throws IOException, UsageException {
        if (input.equals("-")) {
            return CsvLines.read(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "stdin");
        }
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(input + ": no such file; give the path of a CSV file");
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CsvLines.read(reader, input);
        }
    }

    private static String column(LineResult.Refused refused) {
        return switch (refused.problem()) {
            case MISSING_CARE_SETTING, UNKNOWN_CARE_SETTING -> "care_setting";
            case MISSING_APPLICATION, UNKNOWN_APPLICATION, NOT_APPLICABLE -> "application";
            default -> "base_metric";
        };
    }
}
