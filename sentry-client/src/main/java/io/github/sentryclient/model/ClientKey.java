package io.github.sentryclient.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A client key of a project: the DSN its SDKs send events with. Its secret parts never show in {@code toString()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableClientKey.class)
@JsonDeserialize(as = ImmutableClientKey.class)
public abstract class ClientKey {

    /** The key's id. */
    public abstract String id();

    /** The key's name. */
    @Value.Default
    public String name() {
        return "";
    }

    /** Whether events sent with it are accepted. */
    @Value.Default
    public boolean isActive() {
        return true;
    }

    /** The public key, the DSN's user part. */
    @JsonProperty("public")
    public abstract Optional<String> publicKey();

    /** The numeric id of its project. */
    public abstract Optional<String> projectId();

    /** When it was created. */
    public abstract Optional<Instant> dateCreated();

    /** The DSNs built from it. */
    public abstract Optional<Dsn> dsn();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ClientKey}. */
    public static final class Builder extends ImmutableClientKey.Builder {
    }

    /** The DSNs of a client key. */
    @Value.Immutable
    @JsonSerialize(as = ImmutableDsn.class)
    @JsonDeserialize(as = ImmutableDsn.class)
    public abstract static class Dsn {

        /** The DSN to configure SDKs with, such as {@code https://abc@o1.ingest.sentry.io/2}. */
        @JsonProperty("public")
        public abstract String publicDsn();

        /** The legacy DSN with the secret key; kept out of {@code toString()}. */
        @Value.Redacted
        public abstract Optional<String> secret();

        /** The endpoint for Content-Security-Policy reports. */
        public abstract Optional<String> csp();

        /** The endpoint for minidumps. */
        public abstract Optional<String> minidump();
    }
}
