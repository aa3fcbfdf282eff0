package org.upm.calc;

import java.math.BigDecimal;
import org.upm.model.Application;
import org.upm.model.CareSetting;

/** What the engine made of one line: a count of proxy users, or the reason it cannot count it. */
public sealed interface LineResult {

    Line line();

    /** A counted line; {@code users} = ceiling(base metric × multiplier), exactly. */
    record Counted(Line line, CareSetting careSetting, Application application, BigDecimal multiplier, long users)
            implements LineResult {
    }

    /** A refused line, with a sentence saying what to fix. */
    record Refused(Line line, LineProblem problem, String reason) implements LineResult {
    }
}
