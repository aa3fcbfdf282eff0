package org.upm.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.upm.model.DataSet;
import org.upm.model.ProxyModel;
import org.upm.report.TextTable;

/** {@code upm data list}: one row per CPT year. */
final class DataListCommand extends CommandLineCommand {
    @Override
    public String name() {
        return "data list";
    }

    @Override
    public String summary() {
        return "one row per CPT year: year, data status, care settings, royalty, fingerprint";
    }

    @Override
    Options options() {
        return new Options().addOption(DATA);
    }

    @Override
    String argumentSyntax() {
        return "[--data PATH]";
    }

    @Override
    int execute(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        DataSet data = dataSet(line);
        TextTable table = new TextTable("YEAR", "STATUS", "CARE SETTINGS", "APPLICATIONS", "PER USER", "ENTITY FEE",
                "EFFECTIVE", "FINGERPRINT (SHA-256)");
        for (ProxyModel m : data.all()) {
            table.add(m.cptYear(), m.status().xmlName(), m.careSettings().size(), m.applications().size(),
                    m.royalty().perUser().toPlainString(), m.royalty().entityFee().toPlainString(), m.effectiveDate(),
                    m.fingerprint());
        }
        out.print(table.render());
        return ExitCode.OK;
    }
}
