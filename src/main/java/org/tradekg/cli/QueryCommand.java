package org.tradekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.tradekg.sparql.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code tradekg query}: one SPARQL query over a dataset or RDF files. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        header = "Run a SPARQL query over a TDB2 dataset or RDF files.",
        description = "QUERY is a file, the name of a query in queries/ (e.g. meetings), or SPARQL text. The "
                + "default graph is the union of the article graphs, so queries work with or without GRAPH. "
                + "SELECT and ASK answers are printed as --results; CONSTRUCT and DESCRIBE as Turtle.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg query --db db meetings",
                "  tradekg query --data out.nq --results csv ../shared/eval/cq/persons.rq",
                "  tradekg query --db db 'SELECT ?m { ?m a tkg:Meeting }'"})
final class QueryCommand extends TradekgCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatasetSource source;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "text", converter = ResultsConverter.class,
            description = "text, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    QueryRunner.Results results;

    @Parameters(paramLabel = "QUERY", description = "A .rq file, a query name, or SPARQL.")
    String query;

    @Override
    int run() throws IOException {
        String sparql = QueryRunner.resolve(query);
        QueryRunner.parse(sparql);
        Dataset dataset = source.open();
        try (OutputStream out = new WriterStream(out())) {
            QueryRunner.run(dataset, sparql, results, out);
        }
        return 0;
    }

    /** {@code --results csv} in any case. */
    static final class ResultsConverter implements ITypeConverter<QueryRunner.Results> {
        @Override
        public QueryRunner.Results convert(String value) {
            try {
                return QueryRunner.Results.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown results format '" + value + "' (text, csv, tsv or json)");
            }
        }
    }
}
