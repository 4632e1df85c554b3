package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Input of {@code getIssueEvent}: which issue, and which of its events: {@code latest}, {@code oldest},
 * {@code recommended} or a 32-hex event id.
 */
@Value.Immutable
public abstract class GetIssueEventInput {

    private static final Pattern EVENT_ID = Pattern.compile("latest|oldest|recommended|[0-9a-fA-F]{32}");

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** {@code latest}, {@code oldest}, {@code recommended} or a 32-hex event id. */
    public abstract String eventId();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        if (!EVENT_ID.matcher(eventId()).matches()) {
            throw new IllegalArgumentException("eventId must be latest, oldest, recommended or a 32-hex event id,"
                    + " got '" + eventId() + "'");
        }
    }

    /** The latest event of an issue. */
    public static GetIssueEventInput latest(String issueId) {
        return builder().issueId(issueId).eventId("latest").build();
    }

    /** The oldest event of an issue. */
    public static GetIssueEventInput oldest(String issueId) {
        return builder().issueId(issueId).eventId("oldest").build();
    }

    /** The event Sentry recommends looking at first. */
    public static GetIssueEventInput recommended(String issueId) {
        return builder().issueId(issueId).eventId("recommended").build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GetIssueEventInput}. */
    public static final class Builder extends ImmutableGetIssueEventInput.Builder {
    }
}
