package org.upm.model;

import java.math.BigDecimal;

/**
 * The year's royalty: an entity fee once per licensee plus a fee per proxy user, in dollars.
 *
 * @param status status of the per-user fee
 * @param entityFeeStatus status of the entity fee (the same as {@code status} unless the file says otherwise)
 */
public record Royalty(String currency, BigDecimal entityFee, BigDecimal perUser, FigureStatus status,
        FigureStatus entityFeeStatus) {
}
