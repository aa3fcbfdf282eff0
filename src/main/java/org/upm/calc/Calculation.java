package org.upm.calc;

import java.util.List;

/** The engine's answer for a list of lines: one result per line, in order, and the totals of those counted. */
public record Calculation(List<LineResult> results, Totals totals) {

    public Calculation {
        results = List.copyOf(results);
    }

    public long refusedCount() {
        return results.stream().filter(r -> r instanceof LineResult.Refused).count();
    }
}
