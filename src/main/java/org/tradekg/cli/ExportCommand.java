package org.tradekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.tradekg.TradekgException;
import org.tradekg.export.GraphFormat;
import org.tradekg.export.GraphSelection;
import org.tradekg.export.GraphWriter;
import org.tradekg.export.PropertyGraph;
import org.tradekg.sparql.QueryRunner;
import org.tradekg.store.ArticleStore;
import org.tradekg.store.DataFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code tradekg export}: the graph of entities and events for visualization tools. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        header = "Export entities and events as a graph for Gephi, Cytoscape, yEd or Graphviz.",
        description = {
                "Nodes are the entities (persons, organisations, countries, places) and events, with their IRI, "
                        + "type, label, Wikidata id, and for events date, status and CAMEO/PLOVER codes; edges "
                        + "are the object properties between them, labelled with the property's local name.",
                "Formats: graphml (Gephi, Cytoscape, yEd; node ids n0, n1, ... with the IRI in 'iri'), gexf "
                        + "(Gephi), dot (Graphviz: dot -Tsvg), cytoscape (Cytoscape.js JSON: "
                        + "{elements: {nodes, edges}}), jsonld (JSON-LD 1.1 with tradekg's context, "
                        + "ontology/context.jsonld, embedded or referenced by --context-url).",
                "With --query, only the entities and events that the CONSTRUCT query's triples mention, and "
                        + "the edges among its triples."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg export --db db --format graphml -o tradekg.graphml",
                "  tradekg export --data out.nq --format dot | dot -Tsvg > graph.svg",
                "  tradekg export --db db --format gexf --query actor-network -o actors.gexf",
                "  tradekg export --db db --format jsonld --context-url http://localhost:3030/context.jsonld"})
final class ExportCommand extends TradekgCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    DatasetSource source;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
            description = "graphml, gexf, dot, cytoscape or jsonld.")
    GraphFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--query", paramLabel = "CONSTRUCT",
            description = "Export only what this CONSTRUCT query selects: a .rq file, a query name in queries/, "
                    + "or SPARQL text.")
    String query;

    @Option(names = "--context-url", paramLabel = "URL",
            description = "JSON-LD only: reference the context at URL (e.g. a server's /context.jsonld) instead "
                    + "of embedding it.")
    String contextUrl;

    @Override
    int run() throws IOException {
        Query construct = query == null ? null : QueryRunner.parse(QueryRunner.resolve(query));
        if (construct != null && !construct.isConstructType()) {
            throw new TradekgException("--query " + query + " is not a CONSTRUCT query");
        }
        PropertyGraph graph;
        if (source.db != null) {
            try (ArticleStore store = ArticleStore.openExisting(source.db)) {
                graph = GraphSelection.select(store.dataset(), construct);
            }
        } else {
            Dataset dataset = DataFiles.load(source.data);
            graph = GraphSelection.select(dataset, construct);
        }
        GraphWriter writer = format.writer(contextUrl);
        String summary = "tradekg: exported " + graph.nodes().size() + " nodes and " + graph.edges().size()
                + " edges as " + format.name().toLowerCase(Locale.ROOT);
        if (output == null) {
            try (OutputStream out = new WriterStream(out())) {
                writer.write(graph, out);
            }
            err().println(summary);
        } else {
            FileOutput.write(output, out -> writer.write(graph, out));
            out().println(summary + " to " + output);
        }
        return 0;
    }

    /** {@code --format graphml} in any case. */
    static final class FormatConverter implements ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            try {
                return GraphFormat.of(value);
            } catch (TradekgException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
