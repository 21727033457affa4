package org.tradekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a command's {@link Writer}: Jena writes RDF and results to streams,
 * picocli gives each command a writer (which a test can capture).
 */
final class WriterStream extends OutputStream {

    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private boolean closed;

    WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    private void decode(boolean endOfInput) throws IOException {
        bytes.flip();
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            emit();
            if (result.isUnderflow()) {
                break;
            }
        }
        // An incomplete character at the end waits for its remaining bytes.
        bytes.compact();
    }

    private void emit() throws IOException {
        chars.flip();
        writer.write(chars.array(), chars.position(), chars.remaining());
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }

    /** Flushes what is left; the writer itself stays open (it belongs to the command line). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        decode(true);
        decoder.flush(chars);
        emit();
        writer.flush();
    }
}
