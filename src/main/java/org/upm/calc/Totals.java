package org.upm.calc;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Sums over the counted lines.
 *
 * @param byApplication users per application code, in the data file's order, zeros included
 * @param byCareSetting users per care-setting code, in the data file's order, zeros included
 * @param totalUsers every counted line's users
 * @param royaltyEstimate dollars: entity fee + per-user fee × total users, to the cent
 */
public record Totals(Map<String, Long> byApplication, Map<String, Long> byCareSetting, long totalUsers,
        BigDecimal royaltyEstimate) {
}
