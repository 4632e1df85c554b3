package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An issue's priority. */
public enum IssuePriority {
    /** Low priority. */
    LOW("low"),
    /** Medium priority. */
    MEDIUM("medium"),
    /** High priority. */
    HIGH("high"),
    /** A priority this version does not know; read from responses only. */
    UNKNOWN("unknown");

    private final String value;

    IssuePriority(String value) {
        this.value = value;
    }

    /** The wire value, such as {@code "high"}. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Reads a wire value; unknown values read as {@link #UNKNOWN}. */
    @JsonCreator
    public static IssuePriority fromValue(String value) {
        return WireValues.lookup(values(), IssuePriority::value, value, UNKNOWN);
    }
}
