package io.github.sentryclient.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A file uploaded to a release, such as a source map or a minified script. */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseFile.class)
@JsonDeserialize(as = ImmutableReleaseFile.class)
public abstract class ReleaseFile {

    /** The file's id. */
    public abstract String id();

    /** Its name, such as {@code ~/static/app.js.map}. */
    public abstract String name();

    /** Its size in bytes. */
    @Value.Default
    public long size() {
        return 0;
    }

    /** Its SHA-1 checksum. */
    public abstract Optional<String> sha1();

    /** The distribution it belongs to, if any. */
    public abstract Optional<String> dist();

    /** When it was uploaded. */
    public abstract Optional<Instant> dateCreated();

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReleaseFile}. */
    public static final class Builder extends ImmutableReleaseFile.Builder {
    }
}
