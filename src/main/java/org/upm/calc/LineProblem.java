package org.upm.calc;

/** Why the engine refuses to count a line. Report codes elsewhere map onto these. */
public enum LineProblem {
    MISSING_CARE_SETTING,
    MISSING_APPLICATION,
    MISSING_BASE_METRIC,
    UNKNOWN_CARE_SETTING,
    UNKNOWN_APPLICATION,
    /** The data has no multiplier for this care setting and application. */
    NOT_APPLICABLE,
    NEGATIVE_BASE_METRIC,
    FRACTIONAL_BASE_METRIC,
    /** Over {@link ProxyUserEngine#MAX_BASE_METRIC}: a typing slip, not a site. */
    BASE_METRIC_TOO_LARGE
}
