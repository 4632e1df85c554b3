package io.github.sentryclient.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input rules shared by the model's {@code @Value.Check} methods, each failing with a message naming the field. */
final class Validation {

    /** Numeric ids and short ids ({@code PROJ-1A}): nothing that could change the request path. */
    private static final Pattern ISSUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** Sentry's tag key rule. */
    private static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,32}");
    static final int MAX_TAG_VALUE_LENGTH = 200;
    /** Sentry's largest page. */
    static final int MAX_PAGE_SIZE = 100;
    /** Sentry's largest bulk request. */
    static final int MAX_BULK_IDS = 1000;
    private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,20}");
    /** Sentry's relative periods: a number and one of s, m, h, d, w. */
    private static final Pattern PERIOD = Pattern.compile("[1-9][0-9]{0,5}[smhdw]");

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

    static void numericId(String field, String value) {
        if (!NUMERIC_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a numeric id (digits only), got '" + value + "'");
        }
    }

    static void eachNotBlank(String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be blank");
            }
        }
    }

    static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            String rule = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            throw new IllegalArgumentException(field + " must be " + rule + ", got " + value);
        }
    }

    static void bulkIds(String field, List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(field + " must name at least one issue: without ids Sentry would"
                    + " apply the bulk request to every issue matching a search");
        }
        if (ids.size() > MAX_BULK_IDS) {
            throw new IllegalArgumentException(field + " must name at most " + MAX_BULK_IDS
                    + " issues (Sentry's bulk limit), got " + ids.size());
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!NUMERIC_ID.matcher(ids.get(i)).matches()) {
                throw new IllegalArgumentException(field + "[" + i + "] must be a numeric issue id (Sentry's bulk"
                        + " routes take no short ids; resolve them with resolveShortId), got '" + ids.get(i) + "'");
            }
        }
    }

    static void period(Optional<String> statsPeriod, Optional<Instant> start, Optional<Instant> end) {
        statsPeriod.ifPresent(period -> {
            if (!PERIOD.matcher(period).matches()) {
                throw new IllegalArgumentException("statsPeriod must be a number and a unit (s, m, h, d or w), such"
                        + " as 24h or 14d, got '" + period + "'");
            }
            if (start.isPresent() || end.isPresent()) {
                throw new IllegalArgumentException("statsPeriod must not be combined with start and end");
            }
        });
        if (start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException((start.isPresent() ? "start needs end" : "end needs start")
                    + " (an absolute period takes both)");
        }
        if (start.isPresent() && !start.get().isBefore(end.get())) {
            throw new IllegalArgumentException("start must be before end, got start " + start.get() + " and end "
                    + end.get());
        }
    }
}
