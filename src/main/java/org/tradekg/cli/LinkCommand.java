package org.tradekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.tradekg.link.AliasLinker;
import org.tradekg.link.Aliases;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.DataFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code tradekg link}: owl:sameAs links to Wikidata from a CSV of labels and ids. */
@Command(name = "link",
        mixinStandardHelpOptions = true,
        header = "Link entities the gazetteer lacks to Wikidata, from a CSV of labels and ids.",
        description = {
                "FILE has lines 'label,wikidata_id' (a header line is allowed; quote labels holding commas). An "
                        + "entity (person, organisation, country or place) with no owl:sameAs whose rdfs:label "
                        + "equals a label, ignoring case, gets owl:sameAs wd:ID in every article graph that holds it.",
                "With --db the dataset is updated in place, one transaction per graph. With --data the linked "
                        + "data are written as TriG to stdout, or to -o FILE (.trig or .nq)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg link --aliases aliases.csv --db db",
                "  tradekg link --aliases aliases.csv --data out.nq -o linked.nq",
                "",
                "aliases.csv:",
                "  label,wikidata_id",
                "  Mitsubishi Corporation,Q1156398",
                "  \"Ministry of Trade, Industry and Energy\",Q7864387"})
final class LinkCommand extends TradekgCommand {

    @Option(names = "--aliases", paramLabel = "FILE", required = true,
            description = "CSV of 'label,wikidata_id' lines.")
    Path aliases;

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatasetSource source;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "With --data: write the linked data to FILE (.trig or .nq) instead of stdout.")
    Path output;

    @Override
    int run() throws IOException {
        if (source.db != null && output != null) {
            throw new ParameterException(spec.commandLine(), "-o is only used with --data (--db is updated in place)");
        }
        if (output != null && !DataFiles.isQuadsFile(output)) {
            throw new ParameterException(spec.commandLine(), "-o " + output + ": name a .trig or .nq file");
        }
        AliasLinker linker = new AliasLinker(Aliases.read(aliases));
        if (source.db != null) {
            try (ArticleStore store = ArticleStore.openExisting(source.db)) {
                out().println("tradekg: " + linker.link(store.dataset()).describe());
            }
            return 0;
        }
        Dataset dataset = DataFiles.load(source.data);
        AliasLinker.Result result = linker.link(dataset);
        if (output == null) {
            try (OutputStream out = new WriterStream(out())) {
                DataFiles.writeQuads(dataset, out, null);
            }
            err().println("tradekg: " + result.describe());
        } else {
            FileOutput.write(output, out -> DataFiles.writeQuads(dataset, out, output));
            out().println("tradekg: " + result.describe() + "; wrote " + output);
        }
        return 0;
    }
}
