package org.upm.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one file. Lists at most {@link #MAX_LISTED_PER_CODE} of each code, so a
 * pasted-over column of 100,000 cells gives a readable report, and counts every one. Not thread-safe;
 * one per file.
 */
final class Findings {
    /** Enough to show the pattern of a problem; the rest are counted in one closing finding. */
    static final int MAX_LISTED_PER_CODE = 50;

    private final List<Finding> listed = new ArrayList<>();
    private final Map<FindingCode, Integer> counts = new EnumMap<>(FindingCode.class);
    private final Map<FindingCode, Integer> listedCounts = new EnumMap<>(FindingCode.class);
    private int errors;
    private int warnings;

    void add(FindingCode code, String sheet, String cell, String detail, String expected, String actual) {
        count(code, 1);
        if (listedCounts.getOrDefault(code, 0) < MAX_LISTED_PER_CODE) {
            listedCounts.merge(code, 1, Integer::sum);
            listed.add(new Finding(code, sheet, cell, detail, expected, actual));
        }
    }

    /** Counts {@code n} more findings of {@code code} that the caller did not keep the details of. */
    void addUnlisted(FindingCode code, int n) {
        if (n > 0) {
            count(code, n);
        }
    }

    private void count(FindingCode code, int n) {
        counts.merge(code, n, Integer::sum);
        if (code.severity() == Severity.ERROR) {
            errors += n;
        } else {
            warnings += n;
        }
    }

    void add(FindingCode code, String sheet, String cell, String detail) {
        add(code, sheet, cell, detail, null, null);
    }

    boolean has(FindingCode code) {
        return counts.containsKey(code);
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** The listed findings, then for each code with more, one finding saying how many were left out. */
    List<Finding> list() {
        List<Finding> all = new ArrayList<>(listed);
        counts.forEach((code, count) -> {
            int more = count - listedCounts.getOrDefault(code, 0);
            if (more > 0) {
                all.add(new Finding(code, null, null, more + " more " + code.id()
                        + " findings like those above are not listed", null, null, more));
            }
        });
        return all;
    }
}
