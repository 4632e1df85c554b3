package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code listIssueEvents}: which issue, and optionally a period, environments and a search. */
@Value.Immutable
public abstract class ListIssueEventsInput {

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** Whether to include each event's full body (stack traces, contexts); false by default. */
    @Value.Default
    public boolean full() {
        return false;
    }

    /** Environments to restrict the events to. */
    public abstract List<String> environments();

    /** A relative period such as {@code 24h}; not together with start and end. */
    public abstract Optional<String> statsPeriod();

    /** The start of an absolute period; needs {@link #end()}. */
    public abstract Optional<Instant> start();

    /** The end of an absolute period; needs {@link #start()}. */
    public abstract Optional<Instant> end();

    /** An event search such as {@code release:1.2.3}. */
    public abstract Optional<String> query();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        Validation.eachNotBlank("environments", environments());
        Validation.period(statsPeriod(), start(), end());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListIssueEventsInput}. */
    public static final class Builder extends ImmutableListIssueEventsInput.Builder {
    }
}
