package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The status of a Sentry issue, as sent and received on the wire. */
public enum IssueStatus {
    /** The issue is resolved. */
    RESOLVED("resolved"),
    /** The issue is open. */
    UNRESOLVED("unresolved"),
    /** The issue is ignored (archived in Sentry's UI). */
    IGNORED("ignored"),
    /** The issue resolves with the next release; only valid as an update. */
    RESOLVED_IN_NEXT_RELEASE("resolvedInNextRelease"),
    /**
     * A status this version does not know, such as {@code pending_deletion}, {@code pending_merge} or
     * {@code reprocessing}. Read from responses only; rejected as an input.
     */
    UNKNOWN("unknown");

    private final String value;

    IssueStatus(String value) {
        this.value = value;
    }

    /** The value Sentry uses on the wire, such as {@code "resolvedInNextRelease"}. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Reads a wire value; any value this version does not know reads as {@link #UNKNOWN}. */
    @JsonCreator
    public static IssueStatus fromValue(String value) {
        return WireValues.lookup(values(), IssueStatus::value, value, UNKNOWN);
    }
}
