package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The state of Seer's autofix run on an issue: its status and steps (root cause, solution, code changes). */
@Value.Immutable
@JsonSerialize(as = ImmutableAutofixState.class)
@JsonDeserialize(as = ImmutableAutofixState.class)
public abstract class AutofixState {

    /** Seer's id of the run. */
    @JsonProperty("run_id")
    public abstract String runId();

    /** The run's status, such as {@code PROCESSING}, {@code COMPLETED} or {@code ERROR}. */
    public abstract Optional<String> status();

    /** When the run last changed, as Seer reports it (ISO-8601, often without a zone). */
    @JsonProperty("updated_at")
    public abstract Optional<String> updatedAt();

    /** The run's steps, in order. */
    public abstract List<AutofixStep> steps();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AutofixState}. */
    public static final class Builder extends ImmutableAutofixState.Builder {
    }
}
