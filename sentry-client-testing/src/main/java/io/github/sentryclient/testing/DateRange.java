package io.github.sentryclient.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date range parameters of Sentry's lists, checked as Sentry's {@code get_date_range_from_params}
 * (src/sentry/api/utils.py) checks them: {@code statsPeriod} such as {@code 24h}, {@code 14d}, {@code 30m},
 * {@code 2w} or plain seconds; else {@code start} and {@code end} together, ISO-8601, start before end. A bad value
 * is Sentry's 400 with the message as {@code detail}.
 */
final class DateRange {

    private static final Pattern STATS_PERIOD = Pattern.compile("(\\d{1,12})([hdmsw]?)");

    private DateRange() {
    }

    /**
     * Checks the request's date range.
     *
     * @throws FakeResponse.Failure with Sentry's 400 for a bad range
     */
    static void check(FakeRequest request) {
        Optional<String> statsPeriod = request.queryParam("statsPeriod");
        Optional<String> start = request.queryParam("start").filter(value -> !value.isEmpty());
        Optional<String> end = request.queryParam("end").filter(value -> !value.isEmpty());
        if (statsPeriod.isPresent()) {
            if (period(statsPeriod.get()).isEmpty()) {
                throw invalid("Invalid statsPeriod");
            }
        } else if (start.isPresent() || end.isPresent()) {
            if (start.isEmpty() || end.isEmpty()) {
                throw invalid("start and end are both required");
            }
            if (!instant(start.get()).isBefore(instant(end.get()))) {
                throw invalid("start must be before end");
            }
        }
    }

    private static Optional<Duration> period(String value) {
        Matcher matcher = STATS_PERIOD.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2)) {
            case "w" -> Duration.ofDays(7 * amount);
            case "d" -> Duration.ofDays(amount);
            case "h" -> Duration.ofHours(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        });
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw invalid(value + " is not a valid ISO8601 date query");
                }
            }
        }
    }

    private static FakeResponse.Failure invalid(String message) {
        return new FakeResponse.Failure(FakeResponse.detail(400, message));
    }
}
