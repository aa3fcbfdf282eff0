/**
 * The User Proxy Model as plain Java over {@link java.math.BigDecimal}: lines in, proxy users per
 * line and totals out. No POI, no I/O; everything that computes users calls this package.
 */
package org.upm.calc;
