package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code startAutofix}: which issue, and where Seer's run should stop. */
@Value.Immutable
public abstract class StartAutofixInput {

    /** Sentry's longest {@link #userContext()}. */
    public static final int MAX_CONTEXT_LENGTH = 1000;

    /** Where a run stops: Sentry's {@code stopping_point} values. */
    public enum StoppingPoint {
        /** After the root cause (Sentry's default). */
        ROOT_CAUSE("root_cause"),
        /** After a proposed solution. */
        SOLUTION("solution"),
        /** After code changes. */
        CODE_CHANGES("code_changes"),
        /** After opening a pull request. */
        OPEN_PR("open_pr");

        private final String value;

        StoppingPoint(String value) {
            this.value = value;
        }

        /** The wire value, such as {@code "root_cause"}. */
        public String value() {
            return value;
        }
    }

    /** The numeric issue id or short id. */
    public abstract String issueId();

    /** Where the run stops; unset, at the root cause. */
    public abstract Optional<StoppingPoint> stoppingPoint();

    /** Context for Seer, appended to its prompt; at most 1000 characters. */
    public abstract Optional<String> userContext();

    @Value.Check
    void check() {
        Validation.issueId("issueId", issueId());
        userContext().ifPresent(context -> Validation.maxLength("userContext", context, MAX_CONTEXT_LENGTH));
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StartAutofixInput}. */
    public static final class Builder extends ImmutableStartAutofixInput.Builder {
    }
}
