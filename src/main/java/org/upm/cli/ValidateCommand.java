package org.upm.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Placeholder until the validate command lands (replaced in this same line of work). */
final class ValidateCommand extends CommandLineCommand {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "validate (not yet available)";
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
        err.println("upm validate: not yet available");
        return ExitCode.USAGE;
    }
}
