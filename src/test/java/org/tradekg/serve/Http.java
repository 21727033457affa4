package org.tradekg.serve;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sending a request in the server tests, as a real client would. */
final class Http {

    private Http() {
    }

    /**
     * Sends and reads the body as text. Jetty closes a keep-alive connection after refusing a
     * request whose body it did not read (415, 405, 401), and the client may pick that closed
     * connection from its pool for the next request; like a browser, it then asks once more on
     * a new connection.
     */
    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedUnderUs) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
