package org.upm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upm.validate.Finding;
import org.upm.validate.FindingCode;
import org.upm.validate.Severity;
import org.upm.validate.ValidationResult;

/**
 * The validation report for a person: per file a verdict line, then its findings grouped by code
 * (what the code means and what to do, once), each with its place, expected and actual; at the end
 * the summary.
 */
public final class ValidationText {
    private static final String NL = System.lineSeparator();
    /** Longest expected/actual shown; formulas run to hundreds of characters. */
    private static final int CLIP = 100;

    private ValidationText() {
    }

    /**
     * @param quiet list no findings of valid files (their verdict line stays)
     */
    public static String render(List<ValidationResult> results, boolean quiet) {
        StringBuilder out = new StringBuilder();
        for (ValidationResult result : results) {
            file(out, result, quiet);
        }
        summary(out, ValidationSummary.of(results));
        return out.toString();
    }

    private static void file(StringBuilder out, ValidationResult r, boolean quiet) {
        out.append(String.format(Locale.ROOT, "%-10s %s", verdict(r), r.file())).append(describe(r)).append(NL);
        if (quiet && r.valid() || r.findings().isEmpty()) {
            return;
        }
        for (Map.Entry<FindingCode, List<Finding>> group : groups(r.findings()).entrySet()) {
            FindingCode code = group.getKey();
            List<Finding> findings = group.getValue();
            out.append("  ").append(code.id()).append(' ').append(code.severity().id())
                    .append(count(findings) > 1 ? " ×" + String.format(Locale.ROOT, "%,d", count(findings)) : "")
                    .append(": ").append(code.meaning())
                    .append(NL).append("    what to do: ").append(code.remedy()).append(NL);
            for (Finding f : findings) {
                out.append("    ").append(f.location()).append("  ").append(f.detail()).append(NL);
                if (f.expected() != null) {
                    out.append("        expected: ").append(clip(f.expected())).append(NL);
                }
                if (f.actual() != null) {
                    out.append("        actual:   ").append(clip(f.actual())).append(NL);
                }
            }
        }
        out.append(NL);
    }

    /** Findings in the group, those left unlisted included. */
    private static int count(List<Finding> findings) {
        return findings.stream().mapToInt(Finding::count).sum();
    }

    private static String verdict(ValidationResult r) {
        if (r.valid()) {
            return "VALID";
        }
        boolean unreadable = r.toolkit() == null && r.findings().stream()
                .anyMatch(f -> f.code().group() == FindingCode.Group.READING && f.severity() == Severity.ERROR);
        return unreadable ? "UNREADABLE" : "INVALID";
    }

    private static String describe(ValidationResult r) {
        List<String> parts = new ArrayList<>();
        if (r.toolkit() != null) {
            parts.add(r.toolkit().kind().id() + " toolkit CPT " + r.toolkit().cptYear());
            parts.add(count(r.lines(), "line"));
        }
        if (r.totals() != null) {
            parts.add(String.format(Locale.ROOT, "%,d proxy users", r.totals().totalUsers()));
            parts.add("royalty estimate " + r.totals().royaltyEstimate().toPlainString());
        }
        parts.add(count(r.errors(), "error"));
        parts.add(count(r.warnings(), "warning"));
        return " (" + String.join(", ", parts) + ")";
    }

    private static Map<FindingCode, List<Finding>> groups(List<Finding> findings) {
        Map<FindingCode, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            groups.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f);
        }
        return groups;
    }

    private static void summary(StringBuilder out, ValidationSummary s) {
        out.append(String.format(Locale.ROOT, "Summary: %s, %d valid, %d invalid; %s, %s; total proxy "
                + "users %,d (%,d in valid files).", count(s.files(), "file"), s.valid(), s.invalid(),
                count(s.errors(), "error"), count(s.warnings(), "warning"), s.totalUsers(), s.validUsers())).append(NL);
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String clip(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= CLIP ? oneLine : oneLine.substring(0, CLIP) + "…";
    }
}
