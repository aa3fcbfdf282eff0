package org.upm.validate;

import org.upm.layout.ToolkitKind;

/**
 * What a workbook says it is, from its metadata.
 *
 * @param rows number of prepared lines
 */
public record ToolkitInfo(ToolkitKind kind, int cptYear, int layoutVersion, String dataFingerprint, int rows,
        String templateId) {
}
