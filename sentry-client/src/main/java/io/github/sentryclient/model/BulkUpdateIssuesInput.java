package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * Input of {@code bulkUpdateIssues}: the same changes for 1 to 10,000 issues named by numeric id or short id (short
 * ids are resolved first; the change goes out in requests of at most 1000 ids, one project each). Only explicit ids
 * are supported: without ids, Sentry would apply the change to every issue matching a search.
 */
@Value.Immutable
public abstract class BulkUpdateIssuesInput extends IssueChanges {

    /** The issues to change, 1 to 10,000: numeric ids or short ids such as {@code PROJ-1A}. */
    public abstract List<String> issueIds();

    @Value.Check
    void check() {
        Validation.bulkUpdateIds("issueIds", issueIds());
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
