package org.upm.calc;

import java.math.BigDecimal;

/**
 * One customer site and application to count.
 *
 * @param careSetting care-setting code or name, any case
 * @param application application code or name, any case
 * @param baseMetric the site's base metric (beds, providers, …); null when not given
 */
public record Line(String careSetting, String application, BigDecimal baseMetric) {
}
