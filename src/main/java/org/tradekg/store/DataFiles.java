package org.tradekg.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.tradekg.TradekgException;
import org.tradekg.vocab.Namespaces;

/**
 * RDF files (N-Quads, TriG, Turtle, N-Triples, JSON-LD, RDF/XML) loaded into an in-memory
 * dataset that queries like a stored one: its default graph is the union of the named graphs.
 * Triples a file has outside any named graph go into a graph named by the file's IRI, so they
 * are seen too.
 *
 * <pre>{@code
 * Dataset ds = DataFiles.load(List.of(Path.of("out.nq")));
 * }</pre>
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * Loads the files, each in the syntax its extension names.
     *
     * @throws TradekgException naming the file when one is missing, of unknown syntax or does not parse
     */
    public static Dataset load(List<Path> files) {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> files.forEach(f -> load(dataset.asDatasetGraph(), f)));
        return dataset;
    }

    /** True when the file's name asks for a syntax that keeps named graphs: {@code .trig} or {@code .nq}. */
    public static boolean isQuadsFile(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        return lang != null && RDFLanguages.isQuads(lang);
    }

    /**
     * Writes every graph of the dataset, with the project's prefixes, in the syntax {@code name}
     * asks for ({@code .trig} or {@code .nq}; TriG when {@code name} is null).
     *
     * @throws IllegalArgumentException when {@code name} asks for no quad syntax (see {@link #isQuadsFile})
     */
    public static void writeQuads(Dataset dataset, OutputStream out, Path name) {
        if (name != null && !isQuadsFile(name)) {
            throw new IllegalArgumentException(name + ": not a .trig or .nq file");
        }
        Lang lang = name == null ? Lang.TRIG : RDFLanguages.filenameToLang(name.toString());
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().prefixes().putAll(Namespaces.prefixes()));
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, lang));
    }

    private static void load(DatasetGraph dsg, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TradekgException(file + ": no such file");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            throw new TradekgException(file + ": unknown RDF syntax (use .nq, .trig, .ttl, .nt, .jsonld or .rdf)");
        }
        Node fileGraph = NodeFactory.createURI(file.toAbsolutePath().toUri().toString());
        StreamRDF into = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                other.quad(Quad.create(fileGraph, t));
            }

            @Override
            public void quad(Quad q) {
                other.quad(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q);
            }
        };
        try {
            RDFParser.source(file).lang(lang).parse(into);
        } catch (RiotException e) {
            throw new TradekgException(file + ": not valid " + lang.getLabel() + " (" + e.getMessage() + ")", e);
        }
    }
}
