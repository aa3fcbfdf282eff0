package org.upm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.upm.generate.GeneratedToolkit;
import org.upm.generate.TargetExistsException;
import org.upm.generate.ToolkitGenerator;
import org.upm.layout.ToolkitKind;
import org.upm.layout.ToolkitLayout;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;

/**
 * {@code upm generate}: writes the locked toolkit workbooks, by default every year and both kinds
 * into {@code generated/CPT-<year>/}, one line per file on stdout.
 */
final class GenerateCommand extends CommandLineCommand {
    static final String DEFAULT_OUT = "generated";
    static final String DEFAULT_PASSWORD_ENV = "UPM_PROTECTION_PASSWORD";

    static final Option YEAR = Option.builder().longOpt("year").hasArgs().argName("YEAR")
            .desc("CPT year(s) to generate, e.g. --year 2025 2026 (default: every year in the data)").get();
    static final Option KIND = Option.builder().longOpt("kind").hasArg().argName("KIND")
            .desc("vendor, organization or all (default: all)").get();
    static final Option ROWS = Option.builder().longOpt("rows").hasArg().argName("N")
            .desc("prepared lines per toolkit, 1 to " + String.format(Locale.ROOT, "%,d", ToolkitLayout.MAX_ROWS)
                    + " (default: " + String.format(Locale.ROOT, "%,d", ToolkitLayout.DEFAULT_ROWS) + ")").get();
    static final Option OUT = Option.builder().longOpt("out").hasArg().argName("DIR")
            .desc("output folder (default: " + DEFAULT_OUT + "); files go to DIR/CPT-<year>/").get();
    static final Option PASSWORD_ENV = Option.builder().longOpt("password-env").hasArg().argName("NAME")
            .desc("environment variable holding the protection password (default: " + DEFAULT_PASSWORD_ENV + ")")
            .get();
    static final Option FORCE = Option.builder().longOpt("force")
            .desc("overwrite existing files even when they are not toolkits written by upm").get();

    private final UnaryOperator<String> environment;

    GenerateCommand() {
        this(System::getenv);
    }

    /** @param environment looks up environment variables (tests pass their own) */
    GenerateCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write the locked toolkit workbooks (every year, both kinds, into generated/)";
    }

    @Override
    Options options() {
        return new Options().addOption(YEAR).addOption(KIND).addOption(ROWS).addOption(OUT).addOption(DATA)
                .addOption(PASSWORD_ENV).addOption(FORCE);
    }

    @Override
    String argumentSyntax() {
        return "[--year YEAR ...] [--kind vendor|organization|all] [--rows N] [--out DIR] [--data PATH] "
                + "[--password-env NAME] [--force]";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0)
                    + "'; generate takes options only (see upm generate --help)");
        }
        List<ToolkitKind> kinds = kinds(line.getOptionValue(KIND, "all"));
        int rows = rows(line.getOptionValue(ROWS));
        Path outDir = Path.of(line.getOptionValue(OUT, DEFAULT_OUT));
        DataSet data = dataSet(line);
        List<ProxyModel> models = models(data, line.getOptionValues(YEAR));
        ToolkitGenerator generator = new ToolkitGenerator(password(line, err));
        List<ToolkitLayout> layouts = new ArrayList<>();
        for (ProxyModel model : models) {
            kinds.forEach(kind -> layouts.add(ToolkitLayout.of(kind, model, rows)));
        }
        return generateAll(generator, layouts, outDir, line.hasOption(FORCE), out, err);
    }

    /**
     * Generates on up to two threads (the work is CPU-bound; more would only add memory), printing
     * results in the order of {@code layouts} whatever order they finish in.
     */
    private static int generateAll(ToolkitGenerator generator, List<ToolkitLayout> layouts, Path outDir,
            boolean force, PrintStream out, PrintStream err) throws Exception {
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<GeneratedToolkit>> futures = new ArrayList<>();
            for (ToolkitLayout layout : layouts) {
                futures.add(pool.submit(() -> generator.generate(layout, outDir, force)));
            }
            int status = ExitCode.OK;
            for (Future<GeneratedToolkit> future : futures) {
                status = Math.max(status, report(future, out, err));
            }
            return status;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int report(Future<GeneratedToolkit> future, PrintStream out, PrintStream err) throws Exception {
        try {
            out.println(describe(future.get()));
            return ExitCode.OK;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TargetExistsException refused) {
                err.println("upm generate: " + refused.getMessage());
                return ExitCode.INVALID;
            }
            if (e.getCause() instanceof IOException io) {
                err.println("upm generate: " + io.getMessage() + "; choose an output folder you can write to "
                        + "(--out DIR)");
                return ExitCode.INVALID;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** One line: path, kind, year, rows, data status. */
    static String describe(GeneratedToolkit t) {
        return String.format(Locale.ROOT, "%s  %s  CPT %d  %,d rows  data %s", t.file(), t.kind().id(), t.cptYear(),
                t.rows(), t.dataStatus());
    }

    private String password(CommandLine line, PrintStream err) throws UsageException {
        String variable = line.getOptionValue(PASSWORD_ENV, DEFAULT_PASSWORD_ENV);
        if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new UsageException("--password-env takes the name of an environment variable, e.g. "
                    + DEFAULT_PASSWORD_ENV + ": '" + variable + "'");
        }
        String password = environment.apply(variable);
        if (password == null || password.isEmpty()) {
            err.println("upm generate: warning: " + variable + " is not set, so the toolkits are protected with the "
                    + "development password from the README; set " + variable + " for toolkits you distribute");
            return ToolkitGenerator.DEVELOPMENT_PASSWORD;
        }
        return password;
    }

    private static List<ToolkitKind> kinds(String text) throws UsageException {
        if (text.strip().equalsIgnoreCase("all")) {
            return List.of(ToolkitKind.values());
        }
        return List.of(ToolkitKind.fromId(text).orElseThrow(() -> new UsageException(
                "--kind must be vendor, organization or all: '" + text + "'")));
    }

    private static int rows(String text) throws UsageException {
        if (text == null) {
            return ToolkitLayout.DEFAULT_ROWS;
        }
        String problem = "--rows must be a whole number from 1 to "
                + String.format(Locale.ROOT, "%,d", ToolkitLayout.MAX_ROWS) + ": '" + text + "'";
        try {
            int rows = Integer.parseInt(text.strip().replace("_", "").replace(",", ""));
            if (rows < 1 || rows > ToolkitLayout.MAX_ROWS) {
                throw new UsageException(problem);
            }
            return rows;
        } catch (NumberFormatException e) {
            throw new UsageException(problem);
        }
    }

    private static List<ProxyModel> models(DataSet data, String[] yearOptions) throws UsageException {
        if (yearOptions == null) {
            return data.all();
        }
        Set<Integer> years = new LinkedHashSet<>();
        for (String option : yearOptions) {
            for (String year : option.split(",")) {
                if (!year.isBlank()) {
                    years.add(parseYear(year));
                }
            }
        }
        List<ProxyModel> models = new ArrayList<>();
        for (int year : years.stream().sorted().toList()) {
            models.add(year(data, year));
        }
        return models;
    }
}
