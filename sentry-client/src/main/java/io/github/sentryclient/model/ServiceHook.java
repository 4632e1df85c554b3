package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A project's service hook: a URL Sentry posts to on events or alerts; its secret never shows in toString(). */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceHook.class)
@JsonDeserialize(as = ImmutableServiceHook.class)
public abstract class ServiceHook {

    /** The hook's id. */
    public abstract String id();

    /** The URL Sentry posts to. */
    public abstract String url();

    /** What it is sent for: {@code event.created}, {@code event.alert}. */
    public abstract List<String> events();

    /** {@code active}, {@code disabled} or {@code pending}. */
    public abstract Optional<String> status();

    /** The secret Sentry signs its posts with. */
    @Value.Redacted
    public abstract Optional<String> secret();

    /** When it was created. */
    public abstract Optional<Instant> dateCreated();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ServiceHook}. */
    public static final class Builder extends ImmutableServiceHook.Builder {
    }
}
