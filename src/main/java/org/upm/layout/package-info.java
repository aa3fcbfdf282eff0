/**
 * The single description of each toolkit workbook: sheets, columns, header labels, input and
 * computed cells, the formula of every computed cell, defined names, validations and styles. The
 * generator writes from it and the validator checks against it, so the two cannot drift. No POI here.
 */
package org.upm.layout;
