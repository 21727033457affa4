package org.tradekg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekg.TradekgException;

/** Training on a small synthetic corpus: it learns, it is deterministic, and it round-trips. */
class NameModelTrainerTest {

    private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hamid"};
    private static final String[] LAST = {"Morrow", "Kessel", "Ortega", "Lindqvist", "Haddad", "Brandt", "Novak"};
    private static final String[] FIRMS = {"Tolland", "Vexa", "Quorra", "Harwick", "Pellan", "Strand"};

    private static List<TrainingSentence> corpus() {
        List<TrainingSentence> out = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[i % LAST.length];
            String firm = FIRMS[i % FIRMS.length];
            out.add(new TrainingSentence(List.of("Minister", first, last, "said", "exports", "rose", "."),
                    List.of(NameSpan.label("PERSON", 1, 3)), i % 10 == 0));
            out.add(new TrainingSentence(List.of("Shares", "of", firm, "Corp", "fell", "sharply", "."),
                    List.of(NameSpan.label("ORGANIZATION", 2, 4)), false));
            out.add(new TrainingSentence(List.of("the", "talks", "will", "resume", "next", "week", "."),
                    List.of(), false));
        }
        return out;
    }

    private static final NameModelTrainer.Settings QUICK = new NameModelTrainer.Settings("PERCEPTRON", 20, 1);

    @Test
    void learnsContextsOfNamesItNeverSaw() {
        NameFinder finder = NameModelTrainer.train(corpus(), QUICK).newFinder();
        List<NameSpan> names = finder.names(List.of("Minister", "Ivo", "Zalewski", "said", "exports", "rose", "."));
        assertEquals(1, names.size(), names.toString());
        assertEquals("PERSON", names.get(0).type());
        assertEquals(1, names.get(0).start());
        assertEquals(3, names.get(0).end());
    }

    @Test
    void sameSamplesGiveSameModel(@TempDir Path dir) {
        NameModel a = NameModelTrainer.train(corpus(), QUICK);
        NameModel b = NameModelTrainer.train(corpus(), QUICK);
        List<String> probe = List.of("Shares", "of", "Ombra", "Corp", "fell", ",", "Minister", "Lena", "Hart", "said");
        assertEquals(a.newFinder().names(probe), b.newFinder().names(probe));
        a.write(dir.resolve("m.bin"));
        assertEquals(a.newFinder().names(probe), NameModel.read(dir.resolve("m.bin")).newFinder().names(probe));
    }

    @Test
    void refusesToTrainOnNothing() {
        assertThrows(TradekgException.class, () -> NameModelTrainer.train(List.of(), QUICK));
    }

    @Test
    void rejectsOverlappingLabels() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingSentence(List.of("a", "B", "C"),
                List.of(NameSpan.label("PERSON", 1, 3), NameSpan.label("PERSON", 2, 3)), true));
    }
}
