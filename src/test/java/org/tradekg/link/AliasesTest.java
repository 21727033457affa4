package org.tradekg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.TradekgException;

class AliasesTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("aliases.csv"), text);
    }

    @Test
    void readsLabelsAndIdsAfterAHeaderLine() throws IOException {
        Aliases a = Aliases.read(csv("label,wikidata_id\nToshiba Corp,Q1\nKyodo News Service , Q2 \n"));
        assertEquals(2, a.size());
        assertEquals(Optional.of("Q1"), a.wikidata("Toshiba Corp"));
        assertEquals(Optional.of("Q2"), a.wikidata("Kyodo News Service"));
    }

    @Test
    void matchesLabelsInAnyCaseAndSpacing() throws IOException {
        Aliases a = Aliases.read(csv("Bank of Japan,Q3\n"));
        assertEquals(Optional.of("Q3"), a.wikidata("BANK OF  japan"));
        assertEquals(Optional.empty(), a.wikidata("Bank of England"));
    }

    @Test
    void quotedLabelsMayHoldCommasAndQuotes() throws IOException {
        Aliases a = Aliases.read(csv("\"Ministry of Trade, Industry and Energy\",Q4\n\"The \"\"Big\"\" Board\",Q5\n"));
        assertEquals(Optional.of("Q4"), a.wikidata("Ministry of Trade, Industry and Energy"));
        assertEquals(Optional.of("Q5"), a.wikidata("The \"Big\" Board"));
    }

    @Test
    void acceptsItemIrisAndSkipsCommentsAndBlankLines() throws IOException {
        Aliases a = Aliases.read(csv("# links checked by hand\n\nWhite House,http://www.wikidata.org/entity/Q35525\n"
                + "Waseda University,https://www.wikidata.org/wiki/Q6\n"));
        assertEquals(Optional.of("Q35525"), a.wikidata("white house"));
        assertEquals(Optional.of("Q6"), a.wikidata("Waseda University"));
    }

    @Test
    void aBadIdIsAnErrorNamingFileAndLine() throws IOException {
        Path file = csv("label,wikidata_id\nToshiba Corp,Q1\nKyodo,X9\n");
        TradekgException e = assertThrows(TradekgException.class, () -> Aliases.read(file));
        assertTrue(e.getMessage().startsWith(file + ": line 3") && e.getMessage().contains("X9"), e.getMessage());
    }

    @Test
    void oneLabelWithTwoIdsIsAnError() throws IOException {
        Path file = csv("Toshiba Corp,Q1\ntoshiba corp,Q2\n");
        TradekgException e = assertThrows(TradekgException.class, () -> Aliases.read(file));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope.csv");
        TradekgException e = assertThrows(TradekgException.class, () -> Aliases.read(missing));
        assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
    }
}
