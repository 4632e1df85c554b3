package io.github.sentryclient;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleLogger;

/**
 * Captures what the client logs while open: slf4j-simple's output (it writes to the current {@code System.err})
 * with the named loggers turned up to TRACE, and OkHttp's own warnings from its java.util.logging logger
 * {@code okhttp3.OkHttpClient}, where it reports leaked connections.
 */
final class LogCapture implements AutoCloseable {

    /** Logbook's default writer logs every exchange at TRACE here. */
    static final String LOGBOOK = "org.zalando.logbook.Logbook";
    static final String CLIENT = SentryClient.class.getName();
    static final String RETRIES = "io.github.sentryclient.http.RetryInterceptor";

    private static final int TRACE = 0;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Map<SimpleLogger, Integer> levels = new LinkedHashMap<>();
    private final java.util.logging.Logger okHttpLogger = java.util.logging.Logger.getLogger("okhttp3.OkHttpClient");
    private final List<LogRecord> okHttpRecords = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (okHttpRecords) {
                okHttpRecords.add(record);
            }
        }

        @Override
        public void flush() {
            // Records are kept in memory.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    };

    private LogCapture(String... traceLoggers) {
        for (String name : traceLoggers) {
            SimpleLogger logger = (SimpleLogger) LoggerFactory.getLogger(name);
            levels.put(logger, level(logger, TRACE));
        }
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        okHttpLogger.addHandler(handler);
    }

    /** Starts capturing, with Logbook's and the client's loggers at TRACE. */
    static LogCapture atTrace() {
        return new LogCapture(LOGBOOK, CLIENT, RETRIES);
    }

    /** Starts capturing OkHttp's warnings only. */
    static LogCapture okHttpOnly() {
        return new LogCapture();
    }

    /** Everything written to the slf4j-simple output so far. */
    String text() {
        System.err.flush();
        return err.toString(StandardCharsets.UTF_8);
    }

    /** OkHttp's log records so far, such as "A connection to ... was leaked". */
    List<String> okHttpMessages() {
        synchronized (okHttpRecords) {
            return okHttpRecords.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                    .map(LogRecord::getMessage).toList();
        }
    }

    @Override
    public void close() {
        okHttpLogger.removeHandler(handler);
        System.setErr(originalErr);
        levels.forEach(LogCapture::level);
    }

    /** Sets a logger's level, returning the previous one; slf4j-simple fixes levels when a logger is created. */
    private static int level(SimpleLogger logger, int level) {
        try {
            Field field = SimpleLogger.class.getDeclaredField("currentLogLevel");
            field.setAccessible(true);
            int previous = field.getInt(logger);
            field.setInt(logger, level);
            return previous;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("slf4j-simple changed; adapt LogCapture", e);
        }
    }
}
