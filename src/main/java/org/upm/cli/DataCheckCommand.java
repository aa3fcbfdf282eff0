package org.upm.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.upm.model.DataException;
import org.upm.model.ModelLoader;
import org.upm.model.ProxyModel;

/** {@code upm data check FILE...}: schema and semantic checks, every problem listed. */
final class DataCheckCommand extends CommandLineCommand {
    @Override
    public String name() {
        return "data check";
    }

    @Override
    public String summary() {
        return "check data files against the schema and the rules; exit 1 listing every problem";
    }

    @Override
    Options options() {
        return new Options();
    }

    @Override
    String argumentSyntax() {
        return "FILE...";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give at least one data file, e.g. upm data check templates/cpt-2026.xml");
        }
        for (String file : line.getArgList()) {
            if (!java.nio.file.Files.isRegularFile(Path.of(file))) {
                throw new UsageException(file + ": no such file; give the path of a cpt-<year>.xml data file");
            }
        }
        int status = ExitCode.OK;
        for (String file : line.getArgList()) {
            try {
                ProxyModel model = ModelLoader.load(Path.of(file));
                out.println(file + ": OK (CPT " + model.cptYear() + ", " + model.status().xmlName() + ", "
                        + model.careSettings().size() + " care settings, sha256 " + model.fingerprint() + ")");
            } catch (DataException e) {
                e.problems().forEach(out::println);
                status = ExitCode.INVALID;
            }
        }
        return status;
    }
}
