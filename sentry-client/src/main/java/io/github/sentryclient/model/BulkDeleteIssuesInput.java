package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.List;
import org.immutables.value.Value;

/**
 * Input of {@code bulkDeleteIssues}: 1 to 1000 issues named by numeric id. There is
 * no way to build it without ids: Sentry's bulk delete without ids deletes the first 1000 issues matching a
 * search.
 */
@Value.Immutable
public abstract class BulkDeleteIssuesInput {

    /** The numeric ids of the issues to delete, 1 to 1000. */
    public abstract List<String> issueIds();

    @Value.Check
    void check() {
        Validation.bulkIds("issueIds", issueIds());
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BulkDeleteIssuesInput}. */
    public static final class Builder extends ImmutableBulkDeleteIssuesInput.Builder {
    }
}
