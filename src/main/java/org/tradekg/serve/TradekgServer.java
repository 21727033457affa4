package org.tradekg.serve;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.tradekg.TradekgException;

/**
 * tradekg's SPARQL endpoint: Fuseki main over one dataset at {@code /tradekg}. Read-only by
 * default ({@code /tradekg/sparql}, {@code /tradekg/query}); SPARQL Update ({@code /tradekg/update})
 * and the Graph Store Protocol ({@code /tradekg/data}) only with a password file, behind HTTP
 * basic authentication. Also {@code /$/ping}, CORS, a query timeout and the ontology as Turtle
 * at {@code /ontology}. Connections may stay silent 30 s longer than the query timeout (Jetty's
 * idle timeout), so a slow query is answered or stopped by the timeout, never cut.
 *
 * <pre>{@code
 * try (TradekgServer server = TradekgServer.create(store.dataset()).port(0).start()) {
 *     URI endpoint = URI.create(server.datasetUrl() + "/sparql");
 *     ...
 * }
 * }</pre>
 */
public final class TradekgServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/tradekg";

    private final FusekiServer fuseki;

    private TradekgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** A builder for a server over {@code dataset}, whose default graph should be the union graph. */
    public static Builder create(Dataset dataset) {
        return new Builder(dataset);
    }

    /** The port the server listens on (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/tradekg}. */
    public String datasetUrl() {
        return "http://localhost:" + port() + DATASET;
    }

    /** How long, in milliseconds, the server keeps a silent connection open (Jetty's idle timeout). */
    public long idleTimeoutMillis() {
        long millis = 0;
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                millis = Math.max(millis, connector.getIdleTimeout());
            }
        }
        return millis;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        fuseki.stop();
    }

    /** Settings of a server; only the dataset is required. */
    public static final class Builder {

        /** Seconds a connection may stay silent beyond the query timeout. */
        static final int IDLE_MARGIN_SECONDS = 30;

        private final Dataset dataset;
        private int port = 3030;
        private int timeoutSeconds = 30;
        private Path passwordFile;
        private boolean loopback = true;

        private static final int MIN_THREADS = 4;
        private static final int JETTY_THREADS = 6;

        private Builder(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The HTTP port; 0 picks a free one. Default 3030. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new TradekgException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** Queries running longer are stopped. Default 30 s. */
        public Builder timeoutSeconds(int seconds) {
            if (seconds < 1) {
                throw new TradekgException("timeout must be at least 1 second, not " + seconds);
            }
            this.timeoutSeconds = seconds;
            return this;
        }

        /**
         * Enables SPARQL Update and the Graph Store Protocol for the users of this file
         * ({@code user:password} lines).
         */
        public Builder update(Path passwordFile) {
            this.passwordFile = Objects.requireNonNull(passwordFile, "passwordFile");
            return this;
        }

        /** Listen on localhost only (default) or on all interfaces. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws TradekgException when the port is taken or the password file is unusable
         */
        public TradekgServer start() {
            // Fuseki reads the timeout from the dataset's context, for every query endpoint.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000L));
            DataService.Builder service = DataService.newBuilder(dataset.asDatasetGraph())
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query");
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    // a few queries at a time, each with a fair share of the cores; the others wait
                    // their turn in Jetty's queue instead of all slowing down together past the timeout
                    .numServerThreads(MIN_THREADS, maxThreads())
                    .loopback(loopback)
                    .enablePing(true)
                    .enableCors(true, null)
                    .addServlet("/ontology", new OntologyServlet())
                    .addServlet("/.well-known/void", new VoidServlet(dataset));
            Explorer.addTo(fuseki);
            if (passwordFile != null) {
                checkPasswordFile(passwordFile);
                service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
                fuseki.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm("tradekg");
            }
            fuseki.add(DATASET, service);
            try {
                FusekiServer built = fuseki.build();
                idleTimeout(built, idleTimeoutMillis(timeoutSeconds));
                return new TradekgServer(built.start());
            } catch (FusekiException e) {
                throw new TradekgException(describe(e), e);
            } catch (RuntimeException e) {
                if (causedBy(e, BindException.class)) {
                    throw new TradekgException("port " + port + " is in use; choose another with --port", e);
                }
                throw e;
            }
        }

        /**
         * How long a connection may stay silent: longer than the query timeout, so that a query
         * that is allowed to run that long (or waits that long for a thread under load) gets its
         * answer, or the timeout's 503, rather than a connection Jetty has closed at its default
         * 30 s.
         */
        /** Jetty's own acceptor and selector threads plus two query threads per core. */
        static int maxThreads() {
            return JETTY_THREADS + 2 * Runtime.getRuntime().availableProcessors();
        }

        static long idleTimeoutMillis(int queryTimeoutSeconds) {
            return (queryTimeoutSeconds + IDLE_MARGIN_SECONDS) * 1000L;
        }

        private static void idleTimeout(FusekiServer server, long millis) {
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof AbstractConnector connector) {
                    connector.setIdleTimeout(millis);
                }
            }
        }

        private String describe(FusekiException e) {
            if (causedBy(e, BindException.class)) {
                return "port " + port + " is in use; choose another with --port";
            }
            return "cannot start the server: " + e.getMessage();
        }

        private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }

        private static void checkPasswordFile(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new TradekgException(file + ": cannot read password file (" + e.getMessage() + ")", e);
            }
            int n = 0;
            boolean any = false;
            for (String line : lines) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                    throw new TradekgException(file + ": line " + n + " is not 'user:password'");
                }
                any = true;
            }
            if (!any) {
                throw new TradekgException(file + ": no 'user:password' line");
            }
        }
    }
}
