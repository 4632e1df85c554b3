package io.github.sentryclient.model;

import io.github.sentryclient.internal.Validation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Input of {@code listReleases}: which of the organization's releases, newest first. */
@Value.Immutable
public abstract class ListReleasesInput {

    /** Only releases whose version contains this text. */
    public abstract Optional<String> query();

    /** Only releases of these projects, by numeric id. */
    public abstract List<String> projects();

    /** Only releases deployed to or seen in these environments. */
    public abstract List<String> environments();

    @Value.Check
    void check() {
        query().ifPresent(query -> Validation.notBlank("query", query));
        projects().forEach(project -> Validation.numericId("projects", project));
        Validation.eachNotBlank("environments", environments());
    }

    /** Every release of the organization. */
    public static ListReleasesInput all() {
        return builder().build();
    }

    /** Starts a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListReleasesInput}. */
    public static final class Builder extends ImmutableListReleasesInput.Builder {
    }
}
