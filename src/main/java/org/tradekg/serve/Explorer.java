package org.tradekg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The graph explorer in the browser: a page at {@code /} (search an entity, its neighbourhood as
 * a graph, a timeline of events, a SPARQL editor) whose files are served from the classpath
 * folder {@code explorer/} at {@code /explorer/NAME}, and tradekg's JSON-LD context at
 * {@code /context.jsonld}. The page talks to the server's own SPARQL endpoint.
 *
 * <pre>{@code
 * FusekiServer.Builder fuseki = FusekiServer.create()...;
 * Explorer.addTo(fuseki);
 * }</pre>
 *
 * <p>Only plain file names ({@code app.js}) are looked up, from a fixed classpath folder, so no
 * request path can reach anything else: {@code /explorer/../x} and encoded variants are 404.
 */
public final class Explorer {

    /** The classpath folder of the page's files. */
    static final String FOLDER = "explorer/";
    /** The JSON-LD context on the classpath. */
    static final String CONTEXT = "ontology/context.jsonld";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9]+)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "js", "text/javascript", "mjs", "text/javascript", "css", "text/css",
            "svg", "image/svg+xml", "png", "image/png", "json", "application/json", "jsonld", "application/ld+json",
            "rq", "application/sparql-query");

    private Explorer() {
    }

    /** Adds the page, its files and the context to a Fuseki server being built. */
    public static FusekiServer.Builder addTo(FusekiServer.Builder fuseki) {
        // "" is the servlet mapping of the context root alone ("/"), leaving every other path to Fuseki.
        return fuseki.addServlet("", new Files("index.html"))
                .addServlet("/explorer/*", new Files(null))
                .addServlet("/context.jsonld", new Resource(CONTEXT, "application/ld+json"));
    }

    /** Files of {@link #FOLDER}: a fixed one, or the one the path names. */
    static final class Files extends HttpServlet {

        private final String fixed;

        Files(String fixed) {
            this.fixed = fixed;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = fixed != null ? fixed : req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            if (!NAME.matcher(name).matches()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            serve(FOLDER + name, TYPES.getOrDefault(ext, "application/octet-stream"), resp);
        }
    }

    /** One classpath resource. */
    static final class Resource extends HttpServlet {

        private final String path;
        private final String type;

        Resource(String path, String type) {
            this.path = path;
            this.type = type;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            serve(path, type, resp);
        }
    }

    private static void serve(String path, String type, HttpServletResponse resp) throws IOException {
        try (InputStream in = Explorer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(type);
            if (type.startsWith("text/") || type.contains("json")) {
                resp.setCharacterEncoding("UTF-8");
            }
            resp.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(resp.getOutputStream());
        }
    }
}
