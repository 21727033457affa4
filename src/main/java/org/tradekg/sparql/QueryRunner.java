package org.tradekg.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.tradekg.TradekgException;
import org.tradekg.vocab.Namespaces;

/**
 * Runs one SPARQL query over a dataset and writes its answer: SELECT and ASK as a results
 * format, CONSTRUCT and DESCRIBE as Turtle (TriG for quads).
 *
 * <pre>{@code
 * String sparql = QueryRunner.resolve("meetings");          // queries/meetings.rq on the classpath
 * QueryRunner.run(dataset, sparql, QueryRunner.Results.CSV, System.out);
 * }</pre>
 */
public final class QueryRunner {

    /** The folder of named queries, on the classpath. */
    public static final String QUERIES = "queries/";

    /** Formats of SELECT and ASK answers. */
    public enum Results {
        TEXT, CSV, TSV, JSON;

        Lang lang() {
            return switch (this) {
                case TEXT -> null;
                case CSV -> ResultSetLang.RS_CSV;
                case TSV -> ResultSetLang.RS_TSV;
                case JSON -> ResultSetLang.RS_JSON;
            };
        }
    }

    private QueryRunner() {
    }

    /**
     * The SPARQL text that {@code spec} means: the contents of a file of that path, the query of
     * that name in {@code queries/} ({@code meetings} or {@code meetings.rq}), or else the text
     * itself when it reads as SPARQL.
     *
     * @throws TradekgException when {@code spec} is a name or path that matches nothing
     */
    public static String resolve(String spec) {
        Path file = pathOrNull(spec);
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TradekgException(file + ": cannot read query (" + e.getMessage() + ")", e);
            }
        }
        if (spec.matches("[A-Za-z0-9_.-]+")) {
            String name = spec.endsWith(".rq") ? spec : spec + ".rq";
            try (InputStream in = QueryRunner.class.getClassLoader().getResourceAsStream(QUERIES + name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new TradekgException("cannot read query " + QUERIES + name + " (" + e.getMessage() + ")", e);
            }
            throw new TradekgException("no query file '" + spec + "' and no query named '" + name
                    + "' in " + QUERIES);
        }
        if (spec.endsWith(".rq") || spec.contains("/") && !spec.contains("{")) {
            throw new TradekgException(spec + ": no such query file");
        }
        return spec;
    }

    private static Path pathOrNull(String spec) {
        try {
            return spec.contains("\n") ? null : Path.of(spec);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Parses the query, with tradekg's prefixes predeclared.
     *
     * @throws TradekgException with the parser's message (line and column)
     */
    public static Query parse(String sparql) {
        Query query = new Query();
        // A copy: the query's own PREFIX lines are added to it, and the shared mapping is read-only.
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes()));
        try {
            return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new TradekgException("malformed query: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    /**
     * Runs the query in a read transaction and writes the answer to {@code out}.
     *
     * @param results format of SELECT and ASK answers; graphs are always Turtle or TriG
     */
    public static void run(Dataset dataset, String sparql, Results results, OutputStream out) {
        Query query = parse(sparql);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = exec.execSelect();
                    if (results == Results.TEXT) {
                        ResultSetFormatter.out(out, rs, query.getPrologue());
                    } else {
                        ResultSetMgr.write(out, rs, results.lang());
                    }
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    if (results == Results.TEXT) {
                        ResultSetFormatter.out(out, answer);
                    } else {
                        ResultSetMgr.write(out, answer, results.lang());
                    }
                } else if (query.isConstructQuad()) {
                    RDFDataMgr.write(out, exec.execConstructDataset(), Lang.TRIG);
                } else if (query.isConstructType()) {
                    write(out, exec.execConstruct());
                } else if (query.isDescribeType()) {
                    write(out, exec.execDescribe());
                } else {
                    throw new TradekgException("not a query: " + query.queryType().toString().toLowerCase(Locale.ROOT));
                }
            }
        });
    }

    private static void write(OutputStream out, Model model) {
        model.setNsPrefixes(Namespaces.prefixes());
        RDFDataMgr.write(out, model, Lang.TURTLE);
    }
}
