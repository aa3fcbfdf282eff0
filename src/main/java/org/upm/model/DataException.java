package org.upm.model;

import java.util.List;
import java.util.stream.Collectors;

/** A data file (or folder of them) could not be used; carries every problem found. */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DataProblem> problems;

    public DataException(List<DataProblem> problems) {
        super(problems.stream().map(DataProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public DataException(DataProblem problem) {
        this(List.of(problem));
    }

    public List<DataProblem> problems() {
        return problems;
    }
}
