package org.upm.report;

import java.util.List;
import org.upm.validate.ValidationResult;

/**
 * The closing counts of a validation report.
 *
 * @param totalUsers the engine's proxy users over every file whose lines could be counted
 * @param validUsers the same over the valid files only
 */
public record ValidationSummary(int files, int valid, int invalid, int errors, int warnings, long totalUsers,
        long validUsers) {

    public static ValidationSummary of(List<ValidationResult> results) {
        int valid = 0;
        int errors = 0;
        int warnings = 0;
        long users = 0;
        long validUsers = 0;
        for (ValidationResult r : results) {
            long fileUsers = r.totals() == null ? 0 : r.totals().totalUsers();
            users += fileUsers;
            if (r.valid()) {
                valid++;
                validUsers += fileUsers;
            }
            errors += r.errors();
            warnings += r.warnings();
        }
        return new ValidationSummary(results.size(), valid, results.size() - valid, errors, warnings, users,
                validUsers);
    }
}
