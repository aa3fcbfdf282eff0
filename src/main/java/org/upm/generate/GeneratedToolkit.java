package org.upm.generate;

import java.nio.file.Path;
import org.upm.layout.ToolkitKind;

/**
 * A toolkit written to disk.
 *
 * @param file where it was written
 * @param rows number of prepared lines
 * @param dataStatus the data file's status: {@code published} or {@code illustrative}
 * @param replaced true when a file was already there and has been replaced
 */
public record GeneratedToolkit(Path file, ToolkitKind kind, int cptYear, int rows, String dataStatus,
        boolean replaced) {
}
