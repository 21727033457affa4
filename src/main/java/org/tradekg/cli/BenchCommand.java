package org.tradekg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tradekg.TradekgException;
import org.tradekg.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code tradekg bench}: ingest throughput against the NLP floor, and query latency. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        header = "Measure ingest throughput against the NLP floor, and the latency of the queries in queries/.",
        description = {
                "In one run over the same texts: the NLP floor (OpenNLP sentence detection, tokenization and POS "
                        + "tagging with the extraction's models, on all threads, nothing else), extraction alone, "
                        + "extraction and storage into a new TDB2 dataset (with its text index), then each query in "
                        + "--queries run --runs times over that dataset. Prints seconds, articles/s, tokens/s, "
                        + "quads/s and peak heap per phase, the ratio of extract+store to the floor, and the median "
                        + "time of each query.",
                "A directory of Reuters-21578 .sgm files contributes only those files. Run with -Xmx1g to show "
                        + "that ingest streams within a 1 GiB heap."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  java -Xmx1g -jar target/tradekg.jar bench",
                "  tradekg bench --limit 500 --runs 3 --json bench.json ../shared/corpus/reuters21578",
                "  java -Xmx1g -jar target/tradekg.jar bench --queries-only --db reuters-db --runs 5"})
final class BenchCommand extends TradekgCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Only the first N articles (default: all).")
    long limit;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of every phase (default: the number of cores).")
    Integer threads;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of each query, after one untimed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "The .rq files to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Build the dataset here and keep it (a new or empty directory); default: a temporary one. "
                    + "With --queries-only: the existing dataset to query.")
    Path db;

    @Option(names = "--queries-only",
            description = "Only time the queries, over the existing dataset in --db (made by 'tradekg ingest').")
    boolean queriesOnly;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Parameters(paramLabel = "PATH", arity = "0..*", defaultValue = "../shared/corpus/reuters21578",
            description = "Corpus files or directories (default: ${DEFAULT-VALUE}).")
    List<Path> corpus;

    @Override
    int run() {
        int workers = threads != null && threads > 0 ? threads : cores();
        if (queriesOnly && db == null) {
            throw new ParameterException(spec.commandLine(), "--queries-only needs --db DIR, an existing dataset");
        }
        Bench bench = new Bench(new Bench.Settings(corpus, limit, workers, runs, queries, db), main::pipeline, err());
        Bench.Report report = queriesOnly ? bench.runQueriesOnly() : bench.run();
        report.print(out());
        if (json != null) {
            try {
                Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TradekgException(json + ": cannot write (" + e.getMessage() + ")", e);
            }
        }
        return 0;
    }
}
