package org.tradekg.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradekg.TradekgException;
import org.tradekg.article.Article;
import org.tradekg.article.ArticleReader;
import org.tradekg.nlp.NameFinder;
import org.tradekg.nlp.NameModel;
import org.tradekg.nlp.NameModelTrainer;
import org.tradekg.nlp.NameSpan;
import org.tradekg.nlp.TrainingSentence;

/**
 * Trains the name model on a Reuters-21578 corpus labelled by {@link Labeler}, and measures it
 * on articles held out from training. Articles are taken in file order; every
 * {@code holdoutEvery}-th one with a body is held out. The model written is the one measured.
 *
 * <pre>{@code
 * NameTraining.Report r = new NameTraining(pipeline, reader, NameModelTrainer.Settings.DEFAULT, 5000, 10)
 *         .run(List.of(Path.of("reuters21578")), Path.of("ner.bin"), log);
 * }</pre>
 */
public final class NameTraining {

    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final NameModelTrainer.Settings settings;
    private final int limit;
    private final int holdoutEvery;

    /**
     * @param limit        at most this many articles with a body (training and held out), 0 for all
     * @param holdoutEvery hold out every this-many-th article (at least 2)
     */
    public NameTraining(Pipeline pipeline, ArticleReader reader, NameModelTrainer.Settings settings, int limit,
                        int holdoutEvery) {
        if (limit < 0 || holdoutEvery < 2) {
            throw new IllegalArgumentException("bad limit " + limit + " or hold-out interval " + holdoutEvery);
        }
        this.pipeline = pipeline;
        this.reader = reader;
        this.settings = settings;
        this.limit = limit;
        this.holdoutEvery = holdoutEvery;
    }

    /** Precision and recall: {@code tp} spans found right, {@code fp} found wrong, {@code fn} missed. */
    public record Score(int tp, int fp, int fn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(),
                    f1(), tp, fp, fn);
        }
    }

    /**
     * What a run did and how well the model did on the held-out articles' clean sentences.
     *
     * @param overall     every label against every prediction
     * @param person      PERSON only
     * @param organization ORGANIZATION only
     * @param unseen      labels the gazetteer does not know, against predictions that are not
     *                    gazetteer labels
     * @param novel       labels neither in the gazetteer nor among the training labels: the tp
     *                    and fn of recall only
     * @param proposals   predictions in held-out sentences too doubtful to score (see
     *                    {@link Labeler}) that no mention of the rules covers: candidate names
     *                    the rules miss
     */
    public record Report(int trainArticles, int heldOutArticles, int sentences, int trainSentences,
                         int trainNames, long trainTokens, int heldOutSentences, double labelSeconds,
                         double trainSeconds, long modelBytes, Score overall, Score person, Score organization,
                         Score unseen, Score novel, int proposals) {
    }

    /** Labels, trains, writes the model to {@code output} and measures it; progress to {@code log}. */
    public Report run(List<Path> corpus, Path output, PrintWriter log) {
        List<Path> files = ArticleReader.files(corpus).stream().filter(ArticleReader::isSgml).toList();
        if (files.isEmpty()) {
            throw new TradekgException("no Reuters-21578 .sgm files under " + corpus);
        }
        long t0 = System.nanoTime();
        Labeler labeler = pipeline.newLabeler();
        List<TrainingSentence> training = new ArrayList<>();
        List<List<Labeler.LabeledSentence>> heldOut = new ArrayList<>();
        Set<String> trainedNames = new HashSet<>();
        int articles = 0;
        int sentences = 0;
        long tokens = 0;
        int names = 0;
        read:
        for (Path file : files) {
            for (Article a : reader.read(file)) {
                if (limit > 0 && articles >= limit) {
                    break read;
                }
                if (a.body().isBlank()) {
                    continue;
                }
                articles++;
                List<Labeler.LabeledSentence> labelled = labeler.label(a);
                sentences += labelled.size();
                if (articles % holdoutEvery == 0) {
                    heldOut.add(labelled);
                    continue;
                }
                boolean first = true;
                for (Labeler.LabeledSentence s : labelled) {
                    if (!s.clean()) {
                        continue;
                    }
                    List<NameSpan> spans = new ArrayList<>();
                    for (Labeler.Label l : s.labels()) {
                        spans.add(NameSpan.label(l.type().name(), l.start(), l.end()));
                        trainedNames.add(text(s, l.start(), l.end()));
                    }
                    training.add(new TrainingSentence(s.tokens(), spans, first));
                    first = false;
                    tokens += s.tokens().size();
                    names += spans.size();
                }
            }
            log.printf(Locale.ROOT, "labelled %s: %d articles so far%n", file.getFileName(), articles);
            log.flush();
        }
        double labelSeconds = seconds(t0);
        log.printf(Locale.ROOT, "training on %d sentences (%d tokens, %d names) of %d articles; %d held out%n",
                training.size(), tokens, names, articles - heldOut.size(), heldOut.size());
        log.flush();
        long t1 = System.nanoTime();
        NameModel model = NameModelTrainer.train(training, settings);
        double trainSeconds = seconds(t1);
        long bytes = write(model, output);
        Report r = evaluate(model, heldOut, trainedNames, articles, sentences, training.size(), names, tokens,
                labelSeconds, trainSeconds, bytes, log);
        return r;
    }

    private Report evaluate(NameModel model, List<List<Labeler.LabeledSentence>> heldOut, Set<String> trainedNames,
                            int articles, int sentences, int trainSentences, int trainNames, long trainTokens,
                            double labelSeconds, double trainSeconds, long bytes, PrintWriter log) {
        int[] all = new int[3];
        int[] per = new int[3];
        int[] org = new int[3];
        int[] unseen = new int[3];
        int[] novel = new int[3];
        int proposals = 0;
        int heldOutSentences = 0;
        List<String> shown = new ArrayList<>();
        NameFinder finder = model.newFinder();
        for (List<Labeler.LabeledSentence> article : heldOut) {
            for (Labeler.LabeledSentence s : article) {
                List<NameSpan> found = finder.names(s.tokens());
                if (!s.clean()) {
                    for (NameSpan f : found) {
                        if (!anyMentioned(s, f)) {
                            proposals++;
                            if (shown.size() < 60 && proposals % 7 == 1) {
                                shown.add(f.type() + "\t" + text(s, f.start(), f.end()) + "\t| "
                                        + String.join(" ", s.tokens()));
                            }
                        }
                    }
                    continue;
                }
                heldOutSentences++;
                for (Labeler.Label l : s.labels()) {
                    boolean hit = found.stream().anyMatch(f -> same(f, l));
                    count(all, hit);
                    count(l.type() == EntityType.PERSON ? per : org, hit);
                    if (!l.known()) {
                        count(unseen, hit);
                        if (!trainedNames.contains(text(s, l.start(), l.end()))) {
                            count(novel, hit);
                        }
                    }
                }
                for (NameSpan f : found) {
                    Labeler.Label match = s.labels().stream().filter(l -> same(f, l)).findFirst().orElse(null);
                    if (match == null) {
                        all[1]++;
                        (f.type().equals(EntityType.PERSON.name()) ? per : org)[1]++;
                        unseen[1]++;
                    }
                }
            }
            finder.endDocument();
        }
        Report r = new Report(articles - heldOut.size(), heldOut.size(), sentences, trainSentences, trainNames,
                trainTokens, heldOutSentences, labelSeconds, trainSeconds, bytes, score(all), score(per), score(org),
                score(unseen), score(novel), proposals);
        if (!shown.isEmpty()) {
            log.println("sample of names the model proposes where the rules found none (held-out, unclean sentences):");
            shown.forEach(line -> log.println("  " + line));
            log.flush();
        }
        return r;
    }

    /** tp, fp, fn kept in a three-slot array while counting. */
    private static void count(int[] c, boolean hit) {
        if (hit) {
            c[0]++;
        } else {
            c[2]++;
        }
    }

    private static Score score(int[] c) {
        return new Score(c[0], c[1], c[2]);
    }

    private static boolean same(NameSpan f, Labeler.Label l) {
        return f.start() == l.start() && f.end() == l.end() && f.type().equals(l.type().name());
    }

    private static boolean anyMentioned(Labeler.LabeledSentence s, NameSpan f) {
        for (int k = f.start(); k < f.end(); k++) {
            if (s.mentioned().get(k)) {
                return true;
            }
        }
        return false;
    }

    private static String text(Labeler.LabeledSentence s, int start, int end) {
        return String.join(" ", s.tokens().subList(start, end));
    }

    private static long write(NameModel model, Path output) {
        Path target = output.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            model.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } catch (IOException e) {
            throw new TradekgException(output + ": cannot write (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // A temporary file that will not go away is no reason to fail a finished run.
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
