package org.tradekg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tradekg.TradekgException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: its writers, the pipeline of {@link Main}, and errors turned
 * into one line on stderr (the stack trace only with {@code --debug}).
 */
abstract class TradekgCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    /** Does the command's work; returns the exit code. */
    abstract int run() throws Exception;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            // Bad usage found while running: picocli reports it like any other usage error.
            throw e;
        } catch (TradekgException e) {
            return fail(e, e.getMessage(), false);
        } catch (Exception | StackOverflowError e) {
            return fail(e, "unexpected error: " + e, true);
        } catch (OutOfMemoryError e) {
            return fail(e, "out of memory (give Java more with -Xmx)", false);
        }
    }

    private int fail(Throwable e, String message, boolean hint) {
        PrintWriter err = err();
        err.println("tradekg: " + oneLine(message)
                + (hint && !main.debug ? " (run with --debug for the stack trace)" : ""));
        if (main.debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return Main.FAILED;
    }

    private static String oneLine(String s) {
        return s == null ? "(no message)" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Worker threads for extraction: all cores unless told otherwise. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
