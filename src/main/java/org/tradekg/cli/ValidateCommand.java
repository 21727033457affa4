package org.tradekg.cli;

import java.io.PrintWriter;
import org.tradekg.validate.Validator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code tradekg validate}: SHACL validation of every article graph. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        header = "Validate each named graph on its own against the SHACL shapes (ontology/shapes.ttl).",
        description = "Prints one tab-separated line per result (graph, focus node, path, severity, message) and a "
                + "summary line.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg validate --db db",
                "  tradekg extract -o out.trig data/ && tradekg validate --data out.trig",
                "",
                "Exit codes: 0 conforms, 1 does not conform (or could not be validated)."})
final class ValidateCommand extends TradekgCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatasetSource source;

    @Override
    int run() {
        Validator validator = Validator.load();
        Validator.Report report = validator.validate(source.open());
        PrintWriter out = out();
        if (!report.conforms()) {
            out.println("graph\tfocus\tpath\tseverity\tmessage");
            report.violations().forEach(v -> out.println(v.describe()));
        }
        out.println(report.graphs() + " graphs, " + report.violations().size() + " results: "
                + (report.conforms() ? "conforms" : "does not conform"));
        out.flush();
        return report.conforms() ? 0 : Main.FAILED;
    }
}
