package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * Input of {@code bulkUpdateIssues}: the same changes for 1 to 1000 issues named by
 * numeric id (Sentry's bulk route does not take short ids). Only explicit ids are supported: without ids, Sentry
 * would apply the change to every issue matching a search.
 */
@Value.Immutable
public abstract class BulkUpdateIssuesInput extends IssueChanges {

    /** The numeric ids of the issues to change, 1 to 1000. */
    public abstract List<String> issueIds();

    @Value.Check
    void check() {
        Validation.bulkIds("issueIds", issueIds());
        checkChanges();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BulkUpdateIssuesInput}. */
    public static final class Builder extends ImmutableBulkUpdateIssuesInput.Builder {
    }
}
