package org.upm.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upm.layout.Metadata;

/** Entry point of the {@code upm} command: picks the command named first and runs it. */
public final class Main {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main() {
        for (Command c : List.of(new GenerateCommand(), new ValidateCommand(), new CalculateCommand(),
                new DataCommand())) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        Logging.quietLibraries();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Main().run(args, out, err));
    }

    /** Runs one command line; returns the exit status (0 success, 1 invalid input, 2 usage error). */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return ExitCode.USAGE;
        }
        switch (args[0]) {
            case "--help", "-h", "help" -> {
                usage(out);
                return ExitCode.OK;
            }
            case "--version", "-V" -> {
                out.println("upm " + Metadata.currentGeneratorVersion());
                return ExitCode.OK;
            }
            default -> {
                Command command = commands.get(args[0]);
                if (command == null) {
                    err.println("upm: unknown command '" + args[0] + "'; run upm --help for the list");
                    return ExitCode.USAGE;
                }
                return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
            }
        }
    }

    private void usage(PrintStream stream) {
        stream.println("usage: upm COMMAND [OPTIONS]");
        stream.println();
        stream.println("User Proxy Model toolkit: generate and validate CPT licensing workbooks.");
        stream.println();
        stream.println("Commands:");
        commands.values().forEach(c -> stream.printf("  %-10s %s%n", c.name(), c.summary()));
        stream.println();
        stream.println("Options:");
        stream.println("  -h, --help     show this help; upm COMMAND --help shows a command's options");
        stream.println("  -V, --version  print the version");
        stream.println();
        stream.println("Exit status: 0 success, 1 invalid input, 2 usage error or missing data.");
    }
}
