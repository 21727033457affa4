package org.tradekg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tradekg version, from the build. */
public final class Version {

    private static final String VERSION = read();

    private Version() {
    }

    /** {@code "0.1.0"}, or {@code "dev"} when run outside a Maven build. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/tradekg/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
