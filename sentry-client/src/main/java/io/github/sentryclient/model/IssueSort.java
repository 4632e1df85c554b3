package io.github.sentryclient.model;

/** The order of {@code listIssues}' results, as Sentry's issue stream offers it. */
public enum IssueSort {
    /** Last seen first (Sentry's default). */
    DATE("date"),
    /** First seen first. */
    NEW("new"),
    /** Most events first. */
    FREQ("freq"),
    /** Most affected users first. */
    USER("user"),
    /** Trending first. */
    TRENDS("trends"),
    /** Most recently added to the review inbox first. */
    INBOX("inbox"),
    /** Sentry's recommended order. */
    RECOMMENDED("recommended");

    private final String value;

    IssueSort(String value) {
        this.value = value;
    }

    /** The wire value, such as {@code "freq"}. */
    public String value() {
        return value;
    }
}
