/**
 * Writes the locked toolkit workbooks: model + layout → .xlsx, byte-reproducible, written atomically.
 * Everything a workbook contains comes from {@link org.upm.layout.ToolkitLayout}; this package only
 * knows how to express it in OOXML (with POI for the small sheets and a streaming writer for the lines).
 * A library: it takes paths and streams, returns values and throws exceptions with a message for a
 * person; it never prints or exits.
 */
package org.upm.generate;
