package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The finer state of an issue within its {@link IssueStatus}. */
public enum IssueSubstatus {
    /** Archived until it escalates. */
    ARCHIVED_UNTIL_ESCALATING("archived_until_escalating"),
    /** Archived until a count, user count or duration condition is met. */
    ARCHIVED_UNTIL_CONDITION_MET("archived_until_condition_met"),
    /** Archived for good. */
    ARCHIVED_FOREVER("archived_forever"),
    /** Escalating. */
    ESCALATING("escalating"),
    /** Ongoing. */
    ONGOING("ongoing"),
    /** Regressed after being resolved. */
    REGRESSED("regressed"),
    /** New. */
    NEW("new"),
    /** A substatus this version does not know; read from responses only. */
    UNKNOWN("unknown");

    private final String value;

    IssueSubstatus(String value) {
        this.value = value;
    }

    /** The wire value, such as {@code "archived_forever"}. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Reads a wire value; unknown values read as {@link #UNKNOWN}. */
    @JsonCreator
    public static IssueSubstatus fromValue(String value) {
        return WireValues.lookup(values(), IssueSubstatus::value, value, UNKNOWN);
    }
}
