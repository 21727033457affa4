package org.tradekg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** Serves {@code ontology/tradekg.ttl} from the classpath as Turtle. */
final class OntologyServlet extends HttpServlet {

    static final String ONTOLOGY = "ontology/tradekg.ttl";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (InputStream in = OntologyServlet.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, ONTOLOGY + " is not in this build");
                return;
            }
            resp.setContentType("text/turtle");
            resp.setCharacterEncoding("UTF-8");
            in.transferTo(resp.getOutputStream());
        }
    }
}
