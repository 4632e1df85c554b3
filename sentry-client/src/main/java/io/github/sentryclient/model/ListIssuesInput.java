package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Input of {@code listIssues}: a search over the organization's issues. Every field is optional; the query is
 * always sent, so an empty query lists every issue (Sentry's own default would list unresolved ones only).
 */
@Value.Immutable
public abstract class ListIssuesInput {

    /** Sentry's search query, such as {@code is:unresolved assigned:me}; empty (the default) means all issues. */
    @Value.Default
    public String query() {
        return "";
    }

    /**
     * Project ids or slugs to search in; empty means the client's configured project when it has one, else every
     * project the token can see.
     */
    public abstract List<String> projects();

    /** Searches every project the token can see, even when the client has a default project. */
    @Value.Default
    public boolean allProjects() {
        return false;
    }

    /** Environments to restrict the search to, such as {@code production}. */
    public abstract List<String> environments();

    /** A relative period such as {@code 24h}, {@code 14d} or {@code 2w}; not together with start and end. */
    public abstract Optional<String> statsPeriod();

    /** The start of an absolute period; needs {@link #end()}. */
    public abstract Optional<Instant> start();

    /** The end of an absolute period; needs {@link #start()}. */
    public abstract Optional<Instant> end();

    /** The order of the results; Sentry's default is {@link IssueSort#DATE}. */
    public abstract Optional<IssueSort> sort();

    /** Issues per page, 1 to 100; Sentry's default is 100. */
    public abstract OptionalInt limit();

    /**
     * The page to start at: a cursor that an earlier search with the same input returned in
     * {@code Page.nextCursor()}, such as {@code 1735689600000:100:0}; empty for the first page.
     */
    public abstract Optional<String> cursor();

    @Value.Check
    void check() {
        Validation.eachNotBlank("projects", projects());
        Validation.eachNotBlank("environments", environments());
        if (allProjects() && !projects().isEmpty()) {
            throw new IllegalArgumentException("allProjects must not be combined with projects " + projects());
        }
        Validation.period(statsPeriod(), start(), end());
        if (limit().isPresent()) {
            Validation.range("limit", limit().getAsInt(), 1, Validation.MAX_PAGE_SIZE);
        }
        cursor().ifPresent(value -> Validation.cursor("cursor", value));
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListIssuesInput}. */
    public static final class Builder extends ImmutableListIssuesInput.Builder {
    }
}
