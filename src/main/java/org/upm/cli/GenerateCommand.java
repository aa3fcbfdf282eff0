package org.upm.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Placeholder until the generate command lands (replaced in this same line of work). */
final class GenerateCommand extends CommandLineCommand {
    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate (not yet available)";
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
        err.println("upm generate: not yet available");
        return ExitCode.USAGE;
    }
}
