package org.upm.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, redrawn as files finish; thread-safe, silent when off. */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final boolean on;
    private int done;

    Progress(PrintStream err, int total, boolean on) {
        this.err = err;
        this.total = total;
        this.on = on;
    }

    synchronized void step() {
        done++;
        if (on) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\rvalidating [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
        }
    }

    /** Clears the bar so the report starts on a clean line. */
    synchronized void done() {
        if (on) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
