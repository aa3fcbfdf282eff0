package org.upm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the process's standard error is a terminal, where a progress bar helps instead of cluttering a log. */
final class Terminal {
    private Terminal() {
    }

    /**
     * On Linux, file descriptor 2 links to a {@code /dev/pts} or {@code /dev/tty} device when it is a
     * terminal; elsewhere Java only knows whether the process has a console at all.
     */
    static boolean isStderr() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
