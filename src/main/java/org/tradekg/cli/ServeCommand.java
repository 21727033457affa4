package org.tradekg.cli;

import java.nio.file.Path;
import java.util.List;
import org.tradekg.serve.TradekgServer;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code tradekg serve}: the dataset as a SPARQL endpoint. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve a TDB2 dataset over SPARQL with Fuseki at http://localhost:PORT/tradekg.",
        description = {
                "Read-only SPARQL at /tradekg/sparql and /tradekg/query; the default graph is the union of the "
                        + "article graphs. Also /$/ping (health), /ontology (Turtle) and /.well-known/void (VoID).",
                "With --update --passwd FILE, SPARQL Update at /tradekg/update and the Graph Store Protocol at "
                        + "/tradekg/data, for the users of FILE (lines 'user:password') with HTTP basic auth.",
                "With --ingest PATH..., the articles are ingested in the background while the endpoint answers "
                        + "(TDB2 lets one process hold a dataset, so this is how to query a dataset that is being "
                        + "loaded); each batch of articles is visible once committed, about every second.",
                "Stops on Ctrl-C."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg serve --db db",
                "  curl -s http://localhost:3030/tradekg/sparql --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5'",
                "  tradekg serve --db db --port 8080 --timeout 10 --update --passwd users.txt",
                "  tradekg serve --db db --ingest ../shared/corpus/reuters21578"})
final class ServeCommand extends TradekgCommand {

    @Option(names = "--db", paramLabel = "DIR", required = true, description = "TDB2 dataset directory.")
    Path db;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--update", description = "Enable SPARQL Update and the Graph Store Protocol (needs --passwd).")
    boolean update;

    @Option(names = "--passwd", paramLabel = "FILE", description = "Users allowed to update: 'user:password' lines.")
    Path passwd;

    @Option(names = "--all-interfaces", description = "Listen on every network interface, not only localhost.")
    boolean allInterfaces;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "Ingest these article files or directories in the background while serving.")
    List<Path> ingest;

    @Mixin
    InputOptions input;

    @Override
    int run() {
        if (update && passwd == null) {
            throw new ParameterException(spec.commandLine(), "--update needs --passwd FILE");
        }
        if (passwd != null && !update) {
            throw new ParameterException(spec.commandLine(), "--passwd is only used with --update");
        }
        boolean ingesting = ingest != null && !ingest.isEmpty();
        ArticleStore store = ingesting ? ArticleStore.open(db) : ArticleStore.openExisting(db);
        store.checkTextIndex();
        TradekgServer.Builder builder = TradekgServer.create(store.dataset())
                .port(port).timeoutSeconds(timeout).loopback(!allInterfaces);
        if (update) {
            builder.update(passwd);
        }
        TradekgServer server = builder.start();
        // Ctrl-C: stop taking requests and release the dataset before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "tradekg-stop"));
        out().println("tradekg: serving " + db + " at " + server.datasetUrl()
                + " (SPARQL: " + server.datasetUrl() + "/sparql" + (update ? ", update: /update, data: /data" : "")
                + "); Ctrl-C stops");
        out().flush();
        if (ingesting) {
            ingestInBackground(store);
        }
        server.join();
        return 0;
    }

    /** The ingest runs beside the server: its summary, or its error, is one line on stderr. */
    private void ingestInBackground(ArticleStore store) {
        Thread t = new Thread(() -> {
            try {
                Ingest.Summary summary = new Ingest(store, main::pipeline, input.reader(), false, input.threads(),
                        err(), false).run(ingest);
                err().println("tradekg: " + summary.describe() + "; still serving");
            } catch (RuntimeException e) {
                err().println("tradekg: ingest stopped: " + e.getMessage() + "; still serving");
            }
            err().flush();
        }, "tradekg-ingest");
        t.setDaemon(true);
        t.start();
    }
}
