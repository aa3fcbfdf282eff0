package org.upm.cli;

/** Exit statuses of every command (DESIGN.md, contract 3). */
final class ExitCode {
    static final int OK = 0;
    /** Some input was invalid or unreadable; each problem was reported. */
    static final int INVALID = 1;
    /** Bad options, no such path, or no data for the year. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
