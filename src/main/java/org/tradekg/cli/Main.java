package org.tradekg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.tradekg.extract.Pipeline;
import org.tradekg.extract.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code tradekg} command line: news text to RDF, TDB2 and a SPARQL endpoint.
 *
 * <pre>{@code
 * int exit = Main.commandLine(new Main()).execute("extract", "data/");
 * }</pre>
 */
@Command(name = "tradekg",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Knowledge graphs of trade diplomacy from news text: extract, store, serve and query.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ExtractCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
                ValidateCommand.class, LinkCommand.class, ExportCommand.class, TrainNerCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  tradekg extract data/ > data.trig",
                "  tradekg ingest --db db data/",
                "  tradekg serve --db db --port 3030",
                "  tradekg query --db db meetings",
                "  tradekg validate --db db",
                "  tradekg link --aliases aliases.csv --db db",
                "  tradekg export --db db --format graphml -o tradekg.graphml",
                "",
                "Exit codes: 0 done, 1 failed (or data not conforming), 2 some inputs failed or bad usage."})
public final class Main implements Callable<Integer> {

    /** Some input failed, the rest was done; also picocli's code for bad usage. */
    static final int PARTIAL = 2;
    /** Nothing could be done, or the data does not conform. */
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean debug;

    private final Supplier<Pipeline> pipelines;
    private Pipeline pipeline;

    /** The command line with its own extraction pipeline, loaded when a command needs it. */
    public Main() {
        this(Pipeline::load);
    }

    /** The command line with a pipeline supplied by the caller (a test shares one). */
    public Main(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    /** The pipeline, loaded on first use. */
    Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return PARTIAL;
    }

    /** A command line for {@code main}, turning usage errors into one line on stderr. */
    public static CommandLine commandLine(Main main) {
        CommandLine cl = new CommandLine(main);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("tradekg: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return PARTIAL;
        });
        return cl;
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine(new Main());
        // UTF-8 whatever the locale: articles quote with curly quotes and name places with accents.
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exit = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(exit);
    }

    /** The version of the build, with its models and gazetteer when loaded. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tradekg " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
