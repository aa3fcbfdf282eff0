package org.upm.layout;

/** A workbook-level defined name and the absolute reference it stands for. */
public record DefinedName(String name, String refersTo) {
}
