package org.upm.model;

/**
 * One thing wrong with a data file, located to the line and column (one-based; 0 when unknown).
 *
 * @param message what is wrong, then after "; " what is allowed
 */
public record DataProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
