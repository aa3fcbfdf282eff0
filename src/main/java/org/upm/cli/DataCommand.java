package org.upm.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code upm data list|show|check}: look at and check the multiplier data. */
final class DataCommand implements Command {
    private final Map<String, Command> verbs = new LinkedHashMap<>();

    DataCommand() {
        for (Command c : List.of(new DataListCommand(), new DataShowCommand(), new DataCheckCommand())) {
            verbs.put(c.name().substring("data ".length()), c);
        }
    }

    @Override
    public String name() {
        return "data";
    }

    @Override
    public String summary() {
        return "list, show or check the multiplier data (upm data list|show|check)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            PrintStream stream = args.length == 0 ? err : out;
            stream.println("usage: upm data list|show|check [OPTIONS]");
            verbs.values().forEach(c -> stream.printf("  %-11s %s%n", c.name(), c.summary()));
            stream.println("Run upm data VERB --help for a verb's options.");
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        Command verb = verbs.get(args[0]);
        if (verb == null) {
            err.println("upm data: unknown verb '" + args[0] + "'; use list, show or check");
            return ExitCode.USAGE;
        }
        return verb.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
}
