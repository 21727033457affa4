package org.tradekg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.tradekg.TradekgException;

/**
 * Checks every named graph of a dataset, each on its own, against the SHACL shapes of
 * {@code ontology/shapes.ttl}: an article graph must stand alone.
 *
 * <pre>{@code
 * Validator.Report report = Validator.load().validate(dataset);
 * report.violations().forEach(v -> System.out.println(v.describe()));
 * }</pre>
 */
public final class Validator {

    /** Where the shapes are, on the classpath. */
    public static final String SHAPES = "ontology/shapes.ttl";

    /**
     * One result of validation.
     *
     * @param graph    the graph's name
     * @param focus    the node that fails
     * @param path     the property path, or null
     * @param severity Violation, Warning or Info
     * @param message  what is wrong
     */
    public record Violation(String graph, String focus, String path, String severity, String message) {

        /** Tab-separated, for one line of the report. */
        public String describe() {
            return String.join("\t", graph, focus, path == null ? "-" : path, severity, message);
        }
    }

    /**
     * The outcome over a dataset.
     *
     * @param graphs     number of graphs checked
     * @param violations every result, graph by graph
     */
    public record Report(int graphs, List<Violation> violations) {

        public Report {
            violations = List.copyOf(violations);
        }

        /** True when no graph has a result. */
        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    private final Shapes shapes;

    private Validator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with the shapes from the classpath. */
    public static Validator load() {
        try (InputStream in = Validator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new TradekgException(SHAPES + " is not on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new Validator(Shapes.parse(g));
        } catch (IOException e) {
            throw new TradekgException("cannot read " + SHAPES + " (" + e.getMessage() + ")", e);
        } catch (RiotException e) {
            throw new TradekgException(SHAPES + ": not valid Turtle (" + e.getMessage() + ")", e);
        }
    }

    /** Validates each named graph on its own, in one read transaction. */
    public Report validate(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.toString().compareTo(b.toString()));
            List<Violation> out = new ArrayList<>();
            for (Node name : names) {
                // A copy in memory: SHACL asks many small questions of the graph.
                Graph data = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(data, dataset.asDatasetGraph().getGraph(name));
                ValidationReport report = ShaclValidator.get().validate(shapes, data);
                for (ReportEntry e : report.getEntries()) {
                    out.add(new Violation(name.getURI(), e.focusNode().toString(),
                            e.resultPath() == null ? null : e.resultPath().toString(),
                            e.severity().level().getLocalName(), e.message()));
                }
            }
            return new Report(names.size(), out);
        });
    }
}
