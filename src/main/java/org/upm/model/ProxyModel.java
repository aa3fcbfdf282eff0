package org.upm.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One CPT year's authoritative multiplier data, immutable once loaded and checked.
 *
 * @param fingerprint lower-case hex SHA-256 of the data file's bytes
 * @param origin where it was loaded from, for messages
 */
public record ProxyModel(int cptYear, LocalDate effectiveDate, FigureStatus status, String source,
        Royalty royalty, List<Application> applications, List<CareSetting> careSettings,
        String fingerprint, String origin) {

    public ProxyModel {
        applications = List.copyOf(applications);
        careSettings = List.copyOf(careSettings);
    }

    /** True when every figure in the file comes from a public source. */
    public boolean allPublished() {
        return status == FigureStatus.PUBLISHED;
    }

    /** The application with this code or name, ignoring case and surrounding spaces. */
    public Optional<Application> application(String codeOrName) {
        String key = codeOrName == null ? "" : codeOrName.strip();
        for (Application a : applications) {
            if (a.code().equalsIgnoreCase(key) || a.name().equalsIgnoreCase(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The care setting with this code or name, ignoring case and surrounding spaces. */
    public Optional<CareSetting> careSetting(String codeOrName) {
        // A loop with equalsIgnoreCase, not lower-cased copies: the validator asks once per line.
        String key = codeOrName == null ? "" : codeOrName.strip();
        for (CareSetting c : careSettings) {
            if (c.code().equalsIgnoreCase(key) || c.name().equalsIgnoreCase(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first 12 hex digits of the fingerprint, enough for a person to compare by eye. */
    public String shortFingerprint() {
        return fingerprint.substring(0, 12);
    }
}
