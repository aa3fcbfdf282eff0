package org.upm.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.upm.model.DataException;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;

/**
 * Base of the commands: parses options with commons-cli, answers {@code --help}, turns a bad option
 * into its message, the usage and exit status 2, and catches the unexpected so no stack trace
 * reaches the user unless {@code --debug}.
 */
abstract class CommandLineCommand implements Command {
    static final Option HELP = Option.builder("h").longOpt("help").desc("show this help").build();
    static final Option DEBUG = Option.builder().longOpt("debug").desc("print stack traces of unexpected errors")
            .build();
    static final Option DATA = Option.builder().longOpt("data").hasArg().argName("PATH")
            .desc("folder of cpt-<year>.xml files, or one such file (default: the data bundled with upm)").build();

    /** The command's options; HELP and DEBUG are added for every command. */
    abstract Options options();

    /** The text after "usage: upm NAME ". */
    abstract String argumentSyntax();

    /** Runs with parsed options; may throw {@link UsageException} for a usage error. */
    abstract int execute(CommandLine line, PrintStream out, PrintStream err) throws Exception;

    @Override
    public final int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options().addOption(HELP).addOption(DEBUG);
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            // Before parsing, so --help works even when required options are missing.
            help(options, out);
            return ExitCode.OK;
        }
        CommandLine line;
        try {
            line = DefaultParser.builder().build().parse(options, args);
        } catch (ParseException e) {
            err.println("upm " + name() + ": " + e.getMessage());
            help(options, err);
            return ExitCode.USAGE;
        }
        try {
            return execute(line, out, err);
        } catch (UsageException e) {
            err.println("upm " + name() + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (DataException e) {
            e.problems().forEach(err::println);
            return ExitCode.USAGE;
        } catch (Exception | OutOfMemoryError e) {
            err.println("upm " + name() + ": unexpected error: " + e
                    + (line.hasOption(DEBUG) ? "" : " (run again with --debug for details)"));
            if (line.hasOption(DEBUG)) {
                e.printStackTrace(err);
            }
            return ExitCode.INVALID;
        }
    }

    private void help(Options options, PrintStream stream) {
        PrintWriter writer = new PrintWriter(stream);
        HelpFormatter formatter = new HelpFormatter();
        formatter.printHelp(writer, 100, "upm " + name() + " " + argumentSyntax(), summary(), options, 2, 2, null);
        writer.flush();
    }

    /** The data set named by {@code --data}, or the bundled one. */
    static DataSet dataSet(CommandLine line) throws DataException {
        String path = line.getOptionValue(DATA);
        return DataSet.bundledOr(path == null ? null : Path.of(path));
    }

    /** The model of {@code year}, or a usage error naming the years that exist. */
    static ProxyModel year(DataSet data, int year) throws UsageException {
        Optional<ProxyModel> model = data.year(year);
        if (model.isEmpty()) {
            throw new UsageException("no data for CPT year " + year + " in " + data.origin() + "; years available: "
                    + data.years());
        }
        return model.get();
    }

    static int parseYear(String text) throws UsageException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("'" + text + "' is not a year; give a four-digit CPT year such as 2026");
        }
    }
}
