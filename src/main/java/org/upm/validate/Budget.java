package org.upm.validate;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The limits of one file's validation as it runs: expanded bytes read so far and the deadline. Not
 * thread-safe; one per file.
 */
final class Budget {
    private final Limits limits;
    private final long deadlineNanos;
    private long expandedBytes;

    Budget(Limits limits) {
        this.limits = limits;
        this.deadlineNanos = System.nanoTime() + limits.maxTime().toNanos();
    }

    Limits limits() {
        return limits;
    }

    /** Throws when the file's time is up; cheap enough to call every few thousand XML elements. */
    void checkTime() {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new LimitExceeded("validation took longer than " + limits.maxTime().toSeconds()
                    + " s, the limit for one file");
        }
    }

    /** Checks a cell's text or formula length. */
    void checkCellLength(int length, String what) {
        if (length > limits.maxCellChars()) {
            throw new LimitExceeded(what + " is longer than " + limits.maxCellChars() + " characters");
        }
    }

    /** A stream over one part that counts expanded bytes against {@link Limits#maxExpandedBytes()}. */
    InputStream guard(InputStream in, String partName) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1, partName);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n, partName);
                }
                return n;
            }
        };
    }

    private void count(int bytes, String partName) {
        expandedBytes += bytes;
        if (expandedBytes > limits.maxExpandedBytes()) {
            throw new LimitExceeded("its parts expand to more than " + limits.maxExpandedBytes() / (1024 * 1024)
                    + " MB (reading " + partName + ")");
        }
    }
}
