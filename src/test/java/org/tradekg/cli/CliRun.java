package org.tradekg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.tradekg.extract.Pipeline;
import picocli.CommandLine;

/** What one run of the command line did: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    /** Runs tradekg with these arguments, in process, with an already loaded pipeline. */
    static CliRun of(Supplier<Pipeline> pipeline, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main(pipeline));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
