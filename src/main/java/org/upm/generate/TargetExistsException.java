package org.upm.generate;

import java.nio.file.Path;

/**
 * The target file exists and is not a toolkit written by {@code upm generate} (or was saved by another
 * program since, and may hold someone's lines), so it is left alone unless forced.
 */
public final class TargetExistsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String reason;

    public TargetExistsException(Path file, String reason) {
        super(file + " exists and is not a toolkit written by upm generate (" + reason
                + "); move it away or run again with --force to overwrite it");
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** Why the file is not taken for a generated toolkit, e.g. "it is not an .xlsx workbook". */
    public String reason() {
        return reason;
    }
}
