package io.github.sentryclient;

import io.github.sentryclient.model.Comment;

/**
 * The label comment that records a tag Sentry cannot set. Its first line is machine-readable:
 * {@code [label] key=value}; the key never contains {@code =}, so the first {@code =} separates key and value.
 */
final class TagLabels {

    static final String PREFIX = "[label] ";
    private static final String EXPLANATION = "Recorded by sentry-client as a label comment: Sentry cannot attach"
            + " tags to an existing issue; tags come only from events.";

    private TagLabels() {
    }

    static String line(String key, String value) {
        return PREFIX + key + "=" + value;
    }

    static String commentText(String key, String value) {
        return line(key, value) + "\n" + EXPLANATION;
    }

    static boolean isLabel(Comment comment, String key, String value) {
        String wanted = line(key, value);
        return comment.text().lines().anyMatch(line -> line.strip().equals(wanted));
    }
}
