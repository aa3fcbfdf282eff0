package org.upm.validate;

import java.time.Duration;

/**
 * Safety limits for reading untrusted workbooks, set explicitly rather than left to library defaults.
 * A file over any limit yields one {@code too-large} finding and is not read further.
 *
 * @param maxFileBytes size of the file on disk
 * @param maxEntries zip entries (a toolkit has about 20)
 * @param maxEntryBytes expanded size of one zip entry
 * @param maxExpandedBytes expanded size of all entries together
 * @param minInflateRatio smallest compressed/expanded ratio accepted for an entry (zip bombs reach ~0.001)
 * @param maxTextChars characters of all shared strings together
 * @param maxCellChars characters of one cell value or formula
 * @param maxTime wall time to validate one file
 */
public record Limits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxExpandedBytes,
        double minInflateRatio, long maxTextChars, int maxCellChars, Duration maxTime) {

    private static final long MB = 1024L * 1024L;

    /**
     * Limits that admit the largest toolkit with room to spare and stop zip bombs and pathological
     * files early. LibreOffice saves every formula in full: 100,000 vendor lines make a sheet part of
     * about 210 MB that compresses to about 7% (a zip bomb reaches 0.1%), in a file of about 15 MB.
     * Excel caps a cell at 32,767 characters (and a formula at 8,192).
     */
    public static Limits defaults() {
        return new Limits(100 * MB, 1_000, 512 * MB, 1_024 * MB, 0.01, 64_000_000L, 32_767, Duration.ofSeconds(60));
    }

    public Limits {
        if (maxFileBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxExpandedBytes <= 0 || maxTextChars <= 0
                || maxCellChars <= 0 || minInflateRatio < 0 || minInflateRatio >= 1 || maxTime.isNegative()
                || maxTime.isZero()) {
            throw new IllegalArgumentException("every limit must be positive (inflate ratio below 1): file " + maxFileBytes
                    + ", entries " + maxEntries + ", entry " + maxEntryBytes + ", expanded " + maxExpandedBytes + ", ratio "
                    + minInflateRatio + ", text " + maxTextChars + ", cell " + maxCellChars + ", time " + maxTime);
        }
    }

    public Limits withMaxTime(Duration time) {
        return new Limits(maxFileBytes, maxEntries, maxEntryBytes, maxExpandedBytes, minInflateRatio, maxTextChars,
                maxCellChars, time);
    }

    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxEntries, maxEntryBytes, maxExpandedBytes, minInflateRatio, maxTextChars,
                maxCellChars, maxTime);
    }
}
