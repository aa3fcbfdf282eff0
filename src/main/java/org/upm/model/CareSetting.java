package org.upm.model;

import java.util.List;
import java.util.Optional;

/**
 * A kind of customer site and the base metric that measures it. An application with no multiplier
 * here is not licensed by proxy for this care setting.
 *
 * @param multipliers in the order of the data file's applications
 */
public record CareSetting(String code, String name, String baseMetric, List<Multiplier> multipliers) {

    public CareSetting {
        multipliers = List.copyOf(multipliers);
    }

    public Optional<Multiplier> multiplier(String applicationCode) {
        return multipliers.stream().filter(m -> m.application().equals(applicationCode)).findFirst();
    }
}
