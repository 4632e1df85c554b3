package io.github.sentryclient.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one set of input rules: the model's {@code @Value.Check} methods and the client's plain arguments (an issue
 * id, a short id, an e-mail) all check here, each rule failing with an {@link IllegalArgumentException} that names
 * the field and the rule.
 */
public final class Validation {

    /** Numeric ids and short ids ({@code PROJ-1A}): nothing that could change the request path. */
    private static final Pattern ISSUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** A project slug, a dash and the issue's number in base 32, such as {@code PUMP-STATION-1}. */
    private static final Pattern SHORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,98}-[A-Za-z0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@:]+@[^\\s@:]+");
    /** Sentry's tag key rule. */
    private static final Pattern TAG_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,32}");
    /** Sentry's longest tag value. */
    public static final int MAX_TAG_VALUE_LENGTH = 200;
    /** Sentry's largest page. */
    public static final int MAX_PAGE_SIZE = 100;
    /** Sentry's largest bulk request. */
    public static final int MAX_BULK_IDS = 1000;
    /** Sentry's longest team and project name. */
    public static final int MAX_NAME_LENGTH = 50;
    /** Sentry's longest release version ({@code MAX_VERSION_LENGTH}). */
    public static final int MAX_VERSION_LENGTH = 200;
    private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,20}");
    /** Sentry's relative periods: a number and one of s, m, h, d, w. */
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-fA-F]{32}|[0-9]{1,20}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,99}");
    private static final Pattern PERIOD = Pattern.compile("[1-9][0-9]{0,5}[smhdw]");

    private Validation() {
    }

    /** Checks an issue id: a numeric id or a short id, nothing that could change the request's path. */
    public static void issueId(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (!ISSUE_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a numeric issue id or a short id like PROJ-1A"
                    + " (letters, digits, '-' and '_' only, at most 100 characters), got '" + value + "'");
        }
    }

    /** Checks a short id such as {@code PROJ-1A}, the same characters as {@link #issueId} and a dash. */
    public static void shortId(String field, String value) {
        if (value == null || !SHORT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must look like PROJ-1A (a project slug, a dash and the"
                    + " issue's short number: letters, digits, '-' and '_' only), got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** Checks an e-mail address: something, an {@code @}, something, without spaces or colons. */
    public static void email(String field, String value) {
        if (value == null || !EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an e-mail address such as dev@example.com, got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** Whether {@code value} is an e-mail address by {@link #email}'s rule. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** Checks that a text is not blank. */
    public static void notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    /** Checks a tag key by Sentry's rule. */
    public static void tagKey(String field, String value) {
        if (!TAG_KEY.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1 to 32 characters of letters, digits, '_', '.', ':'"
                    + " or '-' (Sentry's tag key rule), got '" + value + "'");
        }
    }

    /** Checks a tag value by Sentry's limits: not empty, at most 200 characters, one line. */
    public static void tagValue(String field, String value) {
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

    /** Checks a numeric id: digits only. */
    public static void numericId(String field, String value) {
        if (!NUMERIC_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a numeric id (digits only), got '" + value + "'");
        }
    }

    /** Checks that no text of a list is blank. */
    public static void eachNotBlank(String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isBlank()) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be blank");
            }
        }
    }

    /** Checks that a number lies in {@code min..max}. */
    public static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            String rule = max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            throw new IllegalArgumentException(field + " must be " + rule + ", got " + value);
        }
    }

    /**
     * Checks a paging cursor as Sentry writes them ({@code 1735689600000:100:0}): no spaces or control characters,
     * at most 200 characters.
     */
    public static void cursor(String field, String value) {
        if (value.isBlank() || value.length() > 200 || !value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException(field + " must be a cursor from an earlier page, such as"
                    + " 1735689600000:100:0 (printable characters without spaces, at most 200), got '" + value + "'");
        }
    }

    /** The most issues one bulk update takes: it is sent in requests of 1000. */
    public static final int MAX_BULK_UPDATE_IDS = 10_000;

    /** Checks the ids of a bulk update: 1 to 10,000 numeric ids or short ids. */
    public static void bulkUpdateIds(String field, List<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(field + " must name at least one issue: without ids Sentry would"
                    + " apply the bulk request to every issue matching a search");
        }
        if (ids.size() > MAX_BULK_UPDATE_IDS) {
            throw new IllegalArgumentException(field + " must name at most " + MAX_BULK_UPDATE_IDS
                    + " issues per call, got " + ids.size());
        }
        for (int i = 0; i < ids.size(); i++) {
            issueId(field + "[" + i + "]", ids.get(i));
        }
    }

    /** Whether {@code value} is a numeric issue id (not a short id). */
    public static boolean isNumericId(String value) {
        return NUMERIC_ID.matcher(value).matches();
    }

    /** Checks the ids of a bulk request: 1 to 1000 numeric issue ids. */
    public static void bulkIds(String field, List<String> ids) {
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

    /** Checks a time range: a relative period, or a start before an end, not both. */
    public static void period(Optional<String> statsPeriod, Optional<Instant> start, Optional<Instant> end) {
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

    /**
     * Checks a release version by Sentry's rule ({@code Release.is_valid_version}): not blank, at most 200
     * characters, none of line breaks, tabs, form feeds, {@code /} or {@code \}, and not {@code .}, {@code ..} or
     * {@code latest}.
     */
    public static void releaseVersion(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > MAX_VERSION_LENGTH) {
            throw new IllegalArgumentException(field + " must be at most " + MAX_VERSION_LENGTH
                    + " characters (Sentry's release version limit), got " + value.length());
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == '\f' || c == '\t' || c == '/' || c == '\\')) {
            throw new IllegalArgumentException(field + " must not contain a line break, tab, '/' or '\\' (Sentry's"
                    + " release version rule), got '" + value + "'");
        }
        String stripped = value.strip();
        if (stripped.equals(".") || stripped.equals("..") || stripped.equalsIgnoreCase("latest")) {
            throw new IllegalArgumentException(field + " must not be '.', '..' or 'latest' (Sentry's release version"
                    + " rule), got '" + value + "'");
        }
    }

    /** Checks a text Sentry limits in length, such as an environment's name (64). */
    public static void maxLength(String field, String value, int max) {
        notBlank(field, value);
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, got "
                    + value.length());
        }
    }

    /** Checks an absolute http or https URL, as Sentry's URL fields take. */
    public static void url(String field, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(field + " must be a URL, got '" + value + "'");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an absolute http or https URL, got '" + value + "'");
        }
    }

    /** Checks a project slug: Sentry's slug characters, at most 100. */
    public static void slug(String field, String value) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a slug (lower-case letters, digits, '_' and '-',"
                    + " at most 100 characters), got " + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** Checks a client key id: the 32 hex digits of its public key, or a numeric id. */
    public static void keyId(String field, String value) {
        if (value == null || !KEY_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a client key id (32 hex digits), got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }
}
