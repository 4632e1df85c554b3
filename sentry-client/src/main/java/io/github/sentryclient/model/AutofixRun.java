package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A started autofix run: Seer works on it asynchronously; read its progress with {@code getAutofix}. */
@Value.Immutable
@JsonSerialize(as = ImmutableAutofixRun.class)
@JsonDeserialize(as = ImmutableAutofixRun.class)
public abstract class AutofixRun {

    /** Seer's id of the run. */
    @JsonProperty("run_id")
    public abstract String runId();

    /** Sentry's id of the run. */
    @JsonProperty("sentry_run_id")
    public abstract Optional<String> sentryRunId();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AutofixRun}. */
    public static final class Builder extends ImmutableAutofixRun.Builder {
    }
}
