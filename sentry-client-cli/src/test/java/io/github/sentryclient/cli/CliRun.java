package io.github.sentryclient.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the command line: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SentryCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliRun(status, out.toString(), err.toString());
    }
}
