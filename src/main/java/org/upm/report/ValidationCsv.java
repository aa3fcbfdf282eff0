package org.upm.report;

import java.util.ArrayList;
import java.util.List;
import org.upm.validate.Finding;
import org.upm.validate.ValidationResult;

/**
 * The validation report as CSV: a header, then one record per finding with its file's verdict and
 * totals repeated, and one record without finding fields for a file that has none.
 */
public final class ValidationCsv {
    public static final List<String> HEADER = List.of("file", "sha256", "valid", "kind", "cpt_year", "lines",
            "total_users", "royalty_estimate", "code", "severity", "sheet", "cell", "message", "expected", "actual");
    private static final String NL = System.lineSeparator();

    private ValidationCsv() {
    }

    public static String render(List<ValidationResult> results) {
        StringBuilder out = new StringBuilder(Csv.row(HEADER)).append(NL);
        for (ValidationResult r : results) {
            List<Object> file = fileFields(r);
            if (r.findings().isEmpty()) {
                List<Object> record = new ArrayList<>(file);
                record.addAll(List.of("", "", "", "", "", "", ""));
                out.append(Csv.row(record)).append(NL);
            }
            for (Finding f : r.findings()) {
                List<Object> record = new ArrayList<>(file);
                record.addAll(java.util.Arrays.asList(f.code().id(), f.severity().id(), f.sheet(), f.cell(), f.message(),
                        f.expected(), f.actual()));
                out.append(Csv.row(record)).append(NL);
            }
        }
        return out.toString();
    }

    private static List<Object> fileFields(ValidationResult r) {
        return java.util.Arrays.asList(r.file(), r.sha256(), r.valid(),
                r.toolkit() == null ? null : r.toolkit().kind().id(),
                r.toolkit() == null ? null : r.toolkit().cptYear(), r.lines(),
                r.totals() == null ? null : r.totals().totalUsers(),
                r.totals() == null ? null : r.totals().royaltyEstimate().toPlainString());
    }
}
