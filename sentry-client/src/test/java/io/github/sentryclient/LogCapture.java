package io.github.sentryclient;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Captures what is logged while open: every SLF4J event of every logger at TRACE (through Logback), and OkHttp's
 * own warnings from its java.util.logging logger {@code okhttp3.OkHttpClient}, where it reports leaked
 * connections.
 */
final class LogCapture implements AutoCloseable {

    /** Logbook's default writer logs every exchange at TRACE here. */
    static final String LOGBOOK = "org.zalando.logbook.Logbook";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previous = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
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

    private LogCapture(boolean trace) {
        if (trace) {
            appender.start();
            root.addAppender(appender);
            root.setLevel(Level.TRACE);
        }
        okHttpLogger.addHandler(handler);
    }

    /** Starts capturing every logger at TRACE, and OkHttp's warnings. */
    static LogCapture atTrace() {
        return new LogCapture(true);
    }

    /** Starts capturing OkHttp's warnings only. */
    static LogCapture okHttpOnly() {
        return new LogCapture(false);
    }

    List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    /** Every event as a log file would show it: logger, level, message, key-values and exception message. */
    String text() {
        return events().stream().map(event -> event.getLoggerName() + " " + event.getLevel() + " "
                + event.getFormattedMessage() + " " + event.getKeyValuePairs()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));
    }

    /** OkHttp's log records so far at INFO or above, such as "A connection to ... was leaked". */
    List<String> okHttpMessages() {
        synchronized (okHttpRecords) {
            return okHttpRecords.stream()
                    .filter(r -> r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue())
                    .map(LogRecord::getMessage).toList();
        }
    }

    @Override
    public void close() {
        okHttpLogger.removeHandler(handler);
        root.setLevel(previous);
        root.detachAppender(appender);
    }
}
