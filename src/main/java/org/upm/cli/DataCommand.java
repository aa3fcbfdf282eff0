package org.upm.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Placeholder until the data command lands (replaced in this same line of work). */
final class DataCommand extends CommandLineCommand {
    @Override
    public String name() {
        return "data";
    }

    @Override
    public String summary() {
        return "data (not yet available)";
    }

    @Override
    Options options() {
        return new Options();
    }

    @Override
    String argumentSyntax() {
        return "";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) {
        err.println("upm data: not yet available");
        return ExitCode.USAGE;
    }
}
