package org.upm.validate;

/**
 * A safety limit was hit while reading a file; becomes one {@code too-large} finding. Unchecked so it
 * passes through the XML parser's callbacks unchanged.
 */
final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
        super(message);
    }
}
