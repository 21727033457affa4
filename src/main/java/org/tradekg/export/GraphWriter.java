package org.tradekg.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link PropertyGraph} in one file format. */
public interface GraphWriter {

    /** Writes the whole graph to {@code out}, UTF-8, and flushes it; {@code out} stays open. */
    void write(PropertyGraph graph, OutputStream out) throws IOException;
}
