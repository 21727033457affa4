package org.tradekg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.tradekg.vocab.Namespaces;

/** Serves a VoID description of the dataset (triples, entities, articles, Wikidata linkset) as Turtle. */
final class VoidServlet extends HttpServlet {

    private static final String QUERY = read("void.rq");

    private final transient Dataset dataset;

    VoidServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Model description = Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(QUERY)
                    .substitution("dataset", ResourceFactory.createResource(base + "/.well-known/void#tradekg"))
                    .substitution("endpoint", ResourceFactory.createResource(base + TradekgServer.DATASET + "/sparql"))
                    .build()) {
                return exec.execConstruct();
            }
        });
        description.setNsPrefixes(Namespaces.prefixes()).setNsPrefix("void", "http://rdfs.org/ns/void#");
        resp.setContentType("text/turtle");
        resp.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(resp.getOutputStream(), description, Lang.TURTLE);
    }

    private static String read(String name) {
        try (InputStream in = VoidServlet.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
