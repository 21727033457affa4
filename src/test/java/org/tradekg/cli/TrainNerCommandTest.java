package org.tradekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tradekg.cli.CliRun.tradekg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.nlp.NameModel;

/** {@code train-ner} end to end on a small corpus written for the test. */
class TrainNerCommandTest {

    private static final String[] PERSONS = {"Hiroshi Tanakawa", "Marta Velkova", "Olu Adebayo", "Pieter Vandam"};
    private static final String[] FIRMS = {"Dalmoor Textile Corp", "Quorra Steel Inc", "Harwick Foods Ltd"};

    @TempDir
    Path dir;

    private static String article(int id) {
        String body = "Trade Minister " + PERSONS[id % PERSONS.length] + " said on Monday that the talks with "
                + "the World Trade Organization would resume.\n    " + FIRMS[id % FIRMS.length]
                + " said exports of cloth fell by three pct in March.\n    the duties will stay in place, "
                + "officials said.";
        return "<REUTERS TOPICS=\"YES\" NEWID=\"" + id + "\">\n<DATE>26-MAR-1987 17:01:24.63</DATE>\n<TEXT>\n"
                + "<TITLE>TRADE TALKS</TITLE>\n<DATELINE>    GENEVA, March 26 - </DATELINE><BODY>" + body
                + "\n Reuter\n&#3;</BODY>\n</TEXT>\n</REUTERS>\n";
    }

    @Test
    void trainsScoresAndWritesALoadableModel() throws IOException {
        StringBuilder sgml = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            sgml.append(article(i));
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("reut2-000.sgm"), sgml, StandardCharsets.UTF_8);
        Path model = dir.resolve("ner.bin");
        CliRun r = tradekg("train-ner", "--corpus", corpus.toString(), "-o", model.toString(),
                "--iterations", "5");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("articles: 36 trained, 4 held out"), r.out());
        assertTrue(r.out().contains("training samples:"), r.out());
        assertTrue(r.out().contains("PERSON"), r.out());
        assertTrue(Files.size(model) > 0);
        NameModel.read(model).newFinder();
    }

    @Test
    void refusesADirectoryWithoutSgmlFiles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun r = tradekg("train-ner", "--corpus", empty.toString(), "-o", dir.resolve("x.bin").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("tradekg: no Reuters-21578 .sgm files under"), r.err());
    }
}
