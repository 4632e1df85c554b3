package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One step of an autofix run, such as the root cause analysis. */
@Value.Immutable
@JsonSerialize(as = ImmutableAutofixStep.class)
@JsonDeserialize(as = ImmutableAutofixStep.class)
public abstract class AutofixStep {

    /** The step's id. */
    public abstract Optional<String> id();

    /** The step's kind, such as {@code root_cause_analysis}. */
    public abstract Optional<String> key();

    /** The step's title, such as {@code Root Cause Analysis}. */
    public abstract Optional<String> title();

    /** The step's status, such as {@code COMPLETED}. */
    public abstract Optional<String> status();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AutofixStep}. */
    public static final class Builder extends ImmutableAutofixStep.Builder {
    }
}
