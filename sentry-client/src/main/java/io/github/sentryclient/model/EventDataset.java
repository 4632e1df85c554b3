package io.github.sentryclient.model;

/** Which of Sentry's datasets an event search ({@code searchEvents}) reads; it decides which fields exist. */
public enum EventDataset {
    /** Error events. */
    ERRORS("errors"),
    /** Distributed tracing spans. */
    SPANS("spans"),
    /** Structured logs. */
    LOGS("logs"),
    /** Function-level profiling data. */
    PROFILE_FUNCTIONS("profile_functions"),
    /** Application metrics. */
    TRACEMETRICS("tracemetrics"),
    /** Uptime check results. */
    UPTIME_RESULTS("uptime_results");

    private final String value;

    EventDataset(String value) {
        this.value = value;
    }

    /** The wire value, such as {@code "errors"}. */
    public String value() {
        return value;
    }
}
