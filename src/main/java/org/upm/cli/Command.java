package org.upm.cli;

import java.io.PrintStream;

/** One {@code upm} command. Implementations print results to {@code out} and diagnostics to {@code err}. */
interface Command {
    String name();

    /** One line for {@code upm --help}. */
    String summary();

    /** Runs with the arguments after the command name; returns the exit status. */
    int run(String[] args, PrintStream out, PrintStream err);
}
