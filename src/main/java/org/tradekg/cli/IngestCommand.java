package org.tradekg.cli;

import java.nio.file.Path;
import java.util.List;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code tradekg ingest}: articles into a TDB2 dataset. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        header = "Extract articles into a TDB2 dataset, one named graph per article, each stored whole or not at all.",
        description = "Re-ingesting an article replaces its graph; an article whose source is unchanged "
                + "(same SHA-256) is skipped unless --force. Each graph records its provenance (run, versions, "
                + "source file and hash). Progress and bad files go to stderr, the summary to stdout.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg ingest --db db data/",
                "  tradekg ingest --db db --force ../shared/eval/dev/articles",
                "  tradekg ingest --db db --delete reuters-342 reuters-13039",
                "",
                "Exit codes: 0 done, 2 some inputs failed, 1 nothing could be done (or the dataset is in use)."})
final class IngestCommand extends TradekgCommand {

    @Option(names = "--db", paramLabel = "DIR", required = true,
            description = "TDB2 dataset directory, created when new.")
    Path db;

    @Option(names = "--force", description = "Extract and store even articles whose source is unchanged.")
    boolean force;

    @Option(names = "--delete", paramLabel = "ID", arity = "1..*",
            description = "Remove these articles' graphs (article ids, e.g. reuters-342).")
    List<String> delete;

    @Option(names = "--batch-quads", paramLabel = "N", defaultValue = "" + Ingest.BATCH_QUADS,
            description = "Most quads per write transaction (default: ${DEFAULT-VALUE}, some 2,000 news stories);"
                    + " smaller batches show readers of a running ingest its articles sooner and redo less after"
                    + " a crash, larger ones load faster.")
    long batchQuads;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or directories.")
    List<Path> paths;

    @Override
    int run() {
        boolean deleting = delete != null && !delete.isEmpty();
        boolean ingesting = paths != null && !paths.isEmpty();
        if (!deleting && !ingesting) {
            throw new ParameterException(spec.commandLine(), "give PATH to ingest or --delete ID");
        }
        if (batchQuads < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-quads must be 1 or more, not " + batchQuads);
        }
        int failed = 0;
        int done = 0;
        try (ArticleStore store = ArticleStore.open(db)) {
            if (deleting) {
                for (String id : delete) {
                    if (store.delete(id)) {
                        out().println("deleted " + id);
                        done++;
                    } else {
                        err().println("tradekg: no article '" + id + "' in " + db);
                        failed++;
                    }
                }
            }
            int code = 0;
            if (ingesting) {
                Ingest.Summary summary = new Ingest(store, main::pipeline, input.reader(), force,
                        input.threads(), err(), System.console() != null).batchQuads(batchQuads).run(paths);
                out().println(summary.describe());
                code = summary.exitCode();
            }
            out().flush();
            err().flush();
            if (failed == 0) {
                return code;
            }
            return done == 0 && (!ingesting || code == Main.FAILED) ? Main.FAILED : Main.PARTIAL;
        }
    }
}
