/** Machine and human forms of results: a small JSON writer, CSV escaping and text tables. No POI. */
package org.upm.report;
