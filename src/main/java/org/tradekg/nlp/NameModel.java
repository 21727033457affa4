package org.tradekg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.tradekg.TradekgException;

/**
 * tradekg's statistical name model (an OpenNLP {@code TokenNameFinderModel} for PERSON and
 * ORGANIZATION, trained by {@link NameModelTrainer}). Immutable and shared read-only by every
 * thread; each thread makes its own {@link NameFinder}.
 *
 * <pre>{@code
 * NameModel model = NameModel.load();
 * NameFinder finder = model.newFinder();          // one per thread
 * List<NameSpan> names = finder.names(sentence);
 * finder.endDocument();
 * }</pre>
 */
public final class NameModel {

    /** The shipped model on the classpath. */
    public static final String RESOURCE = "models/tradekg-ner-en.bin";

    final TokenNameFinderModel model;

    NameModel(TokenNameFinderModel model) {
        this.model = model;
    }

    /** The shipped model from the classpath. */
    public static NameModel load() {
        try (InputStream in = NameModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new TradekgException("name model " + RESOURCE + " not on the classpath");
            }
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new TradekgException("cannot load name model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A model written by {@link #write(Path)}. */
    public static NameModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new TradekgException(file + ": cannot read name model (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the model to {@code file}, replacing it. */
    public void write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        } catch (IOException e) {
            throw new TradekgException(file + ": cannot write name model (" + e.getMessage() + ")", e);
        }
    }

    /** A new finder for the calling thread. */
    public NameFinder newFinder() {
        return new NameFinder(this);
    }
}
