package org.tradekg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.DataFiles;
import picocli.CommandLine.Option;

/** The data a command reads: a TDB2 dataset or RDF files; exactly one of the two. */
final class DatasetSource {

    @Option(names = "--db", paramLabel = "DIR", required = true,
            description = "TDB2 dataset directory (made by 'tradekg ingest').")
    Path db;

    @Option(names = "--data", paramLabel = "FILE", arity = "1..*", required = true,
            description = "RDF files (.nq, .trig, .ttl, .nt, .jsonld) loaded in memory.")
    List<Path> data;

    /** The dataset, its default graph the union of the named graphs. */
    Dataset open() {
        return db != null ? ArticleStore.openExisting(db).dataset() : DataFiles.load(data);
    }
}
