package org.upm.layout;

import java.util.List;

/** Two-letter USPS codes accepted in the State column: states, DC, territories and military addresses. */
public final class UsStates {
    public static final List<String> CODES = List.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
            "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
            "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI", "FM", "MH", "PW", "AA", "AE", "AP");

    private UsStates() {
    }

    /** True for a listed code, ignoring case as the workbook's MATCH does. */
    public static boolean isValid(String code) {
        return code != null && CODES.contains(code.toUpperCase(java.util.Locale.ROOT));
    }
}
