package org.upm.cli;

/** The command line asks for something impossible (exit status 2); the message says what to change. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
