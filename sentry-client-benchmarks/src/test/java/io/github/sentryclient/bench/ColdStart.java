package io.github.sentryclient.bench;

import org.slf4j.LoggerFactory;

/**
 * Cold start: run in a fresh JVM, creates one contender, reads the issue once and prints {@code ok <ms>}, the
 * time from {@code main} to the first result. The caller times the whole process as well (JVM start included).
 * The logging backend starts first for every contender, as in an application, before {@code main}'s clock starts.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /** Arguments: the contender's name and the server's base URL. */
    public static void main(String[] args) throws Exception {
        LoggerFactory.getLogger(ColdStart.class).debug("logging started");
        long start = System.nanoTime();
        firstResult(args[0], args[1]);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ok " + millis);
        System.out.flush();
        // The contenders' pools hold non-daemon threads for a while; the measurement is over.
        System.exit(0);
    }

    /** Creates the contender, reads the issue once and closes it. */
    static Object firstResult(String contender, String baseUrl) throws Exception {
        try (Contender client = Contender.create(contender, baseUrl)) {
            return client.getIssue();
        }
    }
}
