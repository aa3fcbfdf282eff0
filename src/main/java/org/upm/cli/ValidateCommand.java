package org.upm.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.upm.report.ValidationCsv;
import org.upm.report.ValidationJson;
import org.upm.report.ValidationText;
import org.upm.validate.InputFiles;
import org.upm.validate.ValidationResult;
import org.upm.validate.Validator;

/** {@code upm validate PATH...}: judges returned toolkit workbooks and reports on each. */
final class ValidateCommand extends CommandLineCommand {
    static final Option FORMAT = Option.builder().longOpt("format").hasArg().argName("FORMAT")
            .desc("report format: text (default), json or csv").build();
    static final Option OUTPUT = Option.builder("o").longOpt("output").hasArg().argName("FILE")
            .desc("write the report to FILE instead of standard output").build();
    static final Option JOBS = Option.builder("j").longOpt("jobs").hasArg().argName("N")
            .desc("validate N files at a time (default: the number of processors)").build();
    static final Option QUIET = Option.builder("q").longOpt("quiet")
            .desc("no progress bar; list the findings of invalid files only").build();

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check returned toolkit workbooks: integrity, inputs and an independent recalculation";
    }

    @Override
    Options options() {
        return new Options().addOption(FORMAT).addOption(OUTPUT).addOption(DATA).addOption(JOBS).addOption(QUIET);
    }

    @Override
    String argumentSyntax() {
        return "PATH... (files, or folders searched recursively)";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        String format = format(line);
        int jobs = jobs(line);
        List<Path> files = files(line);
        Validator validator = new Validator(dataSet(line));
        Progress progress = new Progress(err, files.size(), !line.hasOption(QUIET) && files.size() > 1
                && Terminal.isStderr());
        List<ValidationResult> results = validator.validateAll(files, jobs, r -> progress.step());
        progress.done();
        if (line.hasOption(DEBUG)) {
            results.stream().filter(r -> r.failure() != null).forEach(r -> {
                err.println("upm validate: " + r.file() + ":");
                r.failure().printStackTrace(err);
            });
        }
        String report = switch (format) {
            case "json" -> ValidationJson.render(results);
            case "csv" -> ValidationCsv.render(results);
            default -> ValidationText.render(results, line.hasOption(QUIET));
        };
        write(line, report, out);
        return results.stream().allMatch(ValidationResult::valid) ? ExitCode.OK : ExitCode.INVALID;
    }

    private static String format(CommandLine line) throws UsageException {
        String format = line.getOptionValue(FORMAT, "text");
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new UsageException("unknown format '" + format + "'; use text, json or csv");
        }
        return format;
    }

    private static int jobs(CommandLine line) throws UsageException {
        String value = line.getOptionValue(JOBS);
        if (value == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int jobs = Integer.parseInt(value.strip());
            if (jobs >= 1 && jobs <= 256) {
                return jobs;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--jobs takes a whole number from 1 to 256, not '" + value + "'");
    }

    private static List<Path> files(CommandLine line) throws UsageException, IOException {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("name the workbooks to validate: files, or folders that hold them");
        }
        List<Path> paths = line.getArgList().stream().map(Path::of).toList();
        try {
            List<Path> files = InputFiles.expand(paths);
            if (files.isEmpty()) {
                throw new UsageException("no files found in " + String.join(", ", line.getArgList()));
            }
            return files;
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file or folder: " + e.getFile());
        }
    }

    /** To standard output, or to --output through a temporary file in the same folder, then moved. */
    private static void write(CommandLine line, String report, PrintStream out) throws IOException, UsageException {
        String target = line.getOptionValue(OUTPUT);
        if (target == null) {
            out.print(report);
            out.flush();
            return;
        }
        Path path = Path.of(target).toAbsolutePath();
        if (!Files.isDirectory(path.getParent())) {
            throw new UsageException("cannot write " + target + ": the folder " + path.getParent() + " does not exist");
        }
        Path temp = Files.createTempFile(path.getParent(), ".upm-report-", ".tmp");
        try {
            Files.writeString(temp, report, StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
