package org.upm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upm.testing.CliRun;

class MainTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.status());
        for (String command : new String[] {"generate", "validate", "calculate", "data"}) {
            assertTrue(run.out().contains("  " + command + " "), run.out());
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.status());
        assertTrue(run.out().matches("upm \\d+\\.\\d+\\.\\d+.*\\R"), run.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("usage: upm COMMAND"));
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertEquals(2, run.status());
        assertEquals("upm: unknown command 'frobnicate'; run upm --help for the list" + System.lineSeparator(),
                run.err());
    }

    static Stream<String> everyCommand() {
        return Stream.of("generate", "validate", "calculate", "data", "data list", "data show", "data check");
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandAnswersHelp(String commandLine) {
        String[] command = commandLine.split(" ");
        String[] args = Stream.concat(Stream.of(command), Stream.of("--help")).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("upm " + String.join(" ", command)), run.out());
        assertEquals("", run.err());
    }

    @Test
    void unknownOptionPrintsTheMessageAndUsage() {
        CliRun run = CliRun.of("data", "list", "--colour");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("upm data list: Unrecognized option: --colour"), run.err());
        assertTrue(run.err().contains("usage: upm data list"), run.err());
    }
}
