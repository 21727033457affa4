package org.tradekg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.tradekg.extract.Pipeline;
import picocli.CommandLine;

/** What one run of the command line did: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    /**
     * Runs tradekg with these arguments, in process, with the pipeline every command-line test
     * of this JVM shares (loaded when a run first needs it).
     */
    static CliRun tradekg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main(() -> Shared.PIPELINE));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Loaded on first use: class initialisation is lazy and thread-safe. */
    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.load();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
