package org.upm.model;

/** A licensed application (EMR, billing, practice management); each is a separate line per site. */
public record Application(String code, String name) {
}
