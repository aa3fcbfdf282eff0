package org.upm.model;

import java.math.BigDecimal;

/** Proxy users per unit of base metric for one care setting and application (at most 4 decimals). */
public record Multiplier(String application, BigDecimal value, FigureStatus status) {
}
