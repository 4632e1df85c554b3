package io.github.sentryclient.model;

/** Where the tag reported by {@code addTag} lives. */
public enum TagSource {
    /** The events already carry the tag; nothing was written. */
    EVENT_TAG,
    /**
     * Sentry cannot set tags on an issue, so the tag is recorded as a label comment on the issue: visible in
     * Sentry's UI and readable by this client, but not searchable as a tag.
     */
    LABEL_COMMENT
}
