package org.tradekg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.tradekg.TradekgException;
import org.tradekg.rdf.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code tradekg extract}: articles to RDF, one named graph per article. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        header = "Extract the facts of articles as RDF, one named graph per article.",
        description = "Reads text files (with optional front matter) and Reuters-21578 .sgm files, directories "
                + "recursively, and writes their graphs in input order. A bad file is reported on stderr "
                + "and skipped.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg extract ../shared/eval/dev/articles/seed-us-china-talks.txt",
                "  tradekg extract --format nquads -o out.nq data/",
                "  tradekg extract --published 1987-04-03 --encoding ISO-8859-1 old.txt",
                "",
                "Exit codes: 0 done, 2 some files failed, 1 none could be extracted."})
final class ExtractCommand extends TradekgCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig", converter = FormatConverter.class,
            description = "trig, nquads, turtle (all graphs merged) or jsonld (default: ${DEFAULT-VALUE}).")
    Extraction.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced when the run ends) instead of stdout.")
    Path output;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    @Override
    int run() throws IOException {
        Extraction extraction = new Extraction(main::pipeline, input.reader(), input.threads(), err());
        Extraction.Summary summary;
        if (output == null) {
            try (OutputStream out = new WriterStream(out())) {
                summary = extraction.run(paths, format, out);
            }
        } else {
            summary = toFile(extraction);
        }
        return summary.exitCode();
    }

    /** Writes next to the target and moves into place, so a reader never sees half a file. */
    private Extraction.Summary toFile(Extraction extraction) {
        Extraction.Summary[] summary = new Extraction.Summary[1];
        FileOutput.write(output, out -> summary[0] = extraction.run(paths, format, out));
        return summary[0];
    }

    /** {@code --format trig} in any case. */
    static final class FormatConverter implements ITypeConverter<Extraction.Format> {
        @Override
        public Extraction.Format convert(String value) {
            try {
                return Extraction.Format.of(value);
            } catch (TradekgException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
