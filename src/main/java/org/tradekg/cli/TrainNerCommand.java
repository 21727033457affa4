package org.tradekg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tradekg.article.ArticleReader;
import org.tradekg.extract.NameTraining;
import org.tradekg.nlp.NameModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tradekg train-ner}: a statistical name model from automatically labelled Reuters-21578. */
@Command(name = "train-ner",
        mixinStandardHelpOptions = true,
        header = "Train the PERSON/ORGANIZATION name model on automatically labelled Reuters-21578 articles.",
        description = {
                "Reads the .sgm files under DIR in name order, labels persons and organisations with the "
                        + "gazetteer and the rules (sentences with unexplained capitalised words are left out), "
                        + "trains an OpenNLP name finder on them and writes it to FILE. Every 10th article with a "
                        + "body is held out and the model is scored on it; the scores go to stdout, progress to "
                        + "stderr. The same corpus and options give the same model.",
                "See docs/ner.md for the figures of the shipped model."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg train-ner --corpus ../shared/corpus/reuters21578 --limit 6000 "
                        + "-o src/main/resources/models/tradekg-ner-en.bin"})
final class TrainNerCommand extends TradekgCommand {

    @Option(names = "--corpus", paramLabel = "DIR", required = true,
            description = "Directory holding the Reuters-21578 reut2-*.sgm files.")
    Path corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Where to write the model (replaced when training ends).")
    Path output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Use only the first N articles with a body, held-out ones included (default: all).")
    int limit;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100",
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    int run() {
        NameModelTrainer.Settings settings = NameModelTrainer.Settings.DEFAULT.withIterations(iterations);
        ArticleReader reader = new ArticleReader(null, StandardCharsets.UTF_8);
        NameTraining.Report r = new NameTraining(main.pipeline(), reader, settings, limit, 10)
                .run(List.of(corpus), output, err());
        out().printf(Locale.ROOT, "articles: %d trained, %d held out; %d sentences%n", r.trainArticles(),
                r.heldOutArticles(), r.sentences());
        out().printf(Locale.ROOT, "training samples: %d sentences, %d tokens, %d names%n", r.trainSentences(),
                r.trainTokens(), r.trainNames());
        out().printf(Locale.ROOT, "time: labelling %.1f s, training %.1f s; model %s, %d bytes%n", r.labelSeconds(),
                r.trainSeconds(), output, r.modelBytes());
        out().printf(Locale.ROOT, "held out, %d clean sentences:%n", r.heldOutSentences());
        out().println("  all           " + r.overall());
        out().println("  PERSON        " + r.person());
        out().println("  ORGANIZATION  " + r.organization());
        out().println("  not in gazetteer             " + r.unseen());
        out().printf(Locale.ROOT, "  not in gazetteer nor trained R %.3f  (tp %d, fn %d)%n", r.novel().recall(),
                r.novel().tp(), r.novel().fn());
        out().printf(Locale.ROOT, "names proposed where the rules found none (unclean held-out sentences): %d%n",
                r.proposals());
        return 0;
    }
}
