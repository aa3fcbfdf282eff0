package org.upm.validate;

import java.time.Duration;
import java.util.List;
import org.upm.calc.Totals;

/**
 * The verdict on one file.
 *
 * @param file the file as the caller named it
 * @param sha256 lower-case hex SHA-256 of the file's bytes, or null when it could not be read
 * @param toolkit what the workbook says it is, or null when that is unknown
 * @param totals the engine's totals of the lines it could count, or null when no line could be read
 * @param findings what was found, in the order found; at most a limited number per code (see
 *        {@link #errors()} and {@link #warnings()} for the full counts)
 * @param errors number of errors, including any not listed
 * @param warnings number of warnings, including any not listed
 * @param lines filled lines on the line sheet
 * @param elapsed wall time spent on this file
 * @param failure the unexpected exception behind an {@code internal-error} finding, for --debug; else null
 */
public record ValidationResult(String file, String sha256, ToolkitInfo toolkit, Totals totals, List<Finding> findings,
        int errors, int warnings, int lines, Duration elapsed, Throwable failure) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /** True when no error was found (warnings allowed). */
    public boolean valid() {
        return errors == 0;
    }

    /** True when some finding has this code. */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
