package io.github.sentryclient.model;

import java.util.regex.Pattern;

/** The input rules shared by the model's {@code @Value.Check} methods, each failing with a message naming the field. */
final class Validation {

    /** Numeric ids and short ids ({@code PROJ-1A}): nothing that could change the request path. */
    private static final Pattern ISSUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** Sentry's tag key rule. */
    private static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,32}");
    static final int MAX_TAG_VALUE_LENGTH = 200;

    private Validation() {
    }

    static void issueId(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (!ISSUE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a numeric issue id or a short id like PROJ-1A"
                    + " (letters, digits, '-' and '_' only, at most 100 characters), got '" + value + "'");
        }
    }

    static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    static void tagKey(String field, String value) {
        if (!TAG_KEY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1 to 32 characters of letters, digits, '_', '.', ':'"
                    + " or '-' (Sentry's tag key rule), got '" + value + "'");
        }
    }

    static void tagValue(String field, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        if (value.length() > MAX_TAG_VALUE_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_TAG_VALUE_LENGTH
                    + " characters (Sentry's tag value limit), got " + value.length());
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field + " must not contain a line break");
        }
    }
}
