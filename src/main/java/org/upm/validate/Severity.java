package org.upm.validate;

/** How much a finding weighs: any error makes the file invalid; warnings inform. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** Lower-case word used in reports. */
    public String id() {
        return id;
    }
}
