package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sentryclient.Fault.Op;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.support.SentryServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever Sentry (or anything in between) answers, every call ends in a {@link SentryResponse} or a
 * {@link SentryClientException} subclass, never another exception. Answers are random and mutated statuses,
 * headers and bodies from a fixed seed, so that a failure can be replayed.
 */
class FuzzTest {

    private static final long SEED = 0x5E17_2026L;
    private static final int CALLS = 2000;
    private static final String ISSUE = SentryServer.issueJson("42");
    private static final String COMMENT = SentryServer.commentJson("77", "hello");
    private static final int[] STATUSES = {200, 200, 200, 201, 201, 202, 204, 206, 300, 301, 302, 303, 304, 307,
        308, 400, 401, 403, 404, 405, 409, 410, 413, 422, 429, 429, 500, 501, 502, 503, 504, 520, 599};

    /** Answers each request with the next random answer of a seeded generator, and logs what it answered. */
    private static final class RandomAnswers extends Dispatcher {
        private final Random random;
        private final List<String> answered = new ArrayList<>();

        RandomAnswers(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            MockResponse response = answer(random, request.getMethod());
            answered.add(request.getMethod() + " " + response.getCode());
            return response;
        }

        /** What was answered since the last call of this method, as "METHOD status". */
        synchronized List<String> drain() {
            List<String> since = List.copyOf(answered);
            answered.clear();
            return since;
        }
    }

    @Test
    void everyAnswerEndsInAResultOrATypedException() throws Exception {
        Map<String, Integer> outcomes = new TreeMap<>();
        Random calls = new Random(SEED);
        RandomAnswers answers = new RandomAnswers(SEED);
        int resentComments = 0;
        try (MockWebServer server = NoDelayServerSockets.server()) {
            server.setDispatcher(answers);
            server.start();
            try (SentryClient client = SentryServer.clientFor(server).timing(new FakeTiming()).maxRetries(1)
                    .readTimeout(Duration.ofSeconds(5)).build()) {
                for (int i = 0; i < CALLS; i++) {
                    Op op = Op.values()[calls.nextInt(Op.values().length)];
                    Object outcome = op.outcome(client, calls.nextInt(4) == 0);
                    assertThat(outcome).as("call %d (%s)", i, op)
                            .isInstanceOfAny(SentryResponse.class, SentryClientException.class);
                    outcomes.merge(outcome.getClass().getSimpleName(), 1, Integer::sum);
                    List<String> reached = answers.drain();
                    if (op == Op.POST) {
                        // A comment reaches Sentry again only after a 429, which Sentry answers without storing.
                        for (int j = 1; j < reached.size(); j++) {
                            assertThat(reached.get(j - 1)).as("call %d: the answer before comment POST %d of %s", i,
                                    j + 1, reached).isEqualTo("POST 429");
                            resentComments++;
                        }
                    }
                }
            }
        }
        assertThat(resentComments).as("comments sent again after a 429").isPositive();
        // The generator reaches successes and every kind of failure, or the property says little.
        assertThat(outcomes).containsKeys("SentryResponse", "SentryResponseException", "SentryServerException",
                "SentryRateLimitException", "SentryValidationException", "SentryNotFoundException",
                "SentryClientException", "SentryTransportException");
    }

    static MockResponse answer(Random random, String method) {
        int status = random.nextInt(10) == 0 ? 200 + random.nextInt(400) : STATUSES[random.nextInt(STATUSES.length)];
        MockResponse.Builder response = new MockResponse.Builder().code(status);
        for (Map.Entry<String, String> header : headers(random).entrySet()) {
            response.addHeaderLenient(header.getKey(), header.getValue());
        }
        String valid = "POST".equals(method) ? COMMENT : ISSUE;
        if (random.nextInt(12) == 0) {
            response.setHeader("Content-Encoding", "gzip");
        }
        return response.body(body(random, valid)).build();
    }

    static Map<String, String> headers(Random random) {
        Map<String, String> headers = new TreeMap<>();
        String[] names = {"Retry-After", "X-Sentry-Rate-Limit-Limit", "X-Sentry-Rate-Limit-Remaining",
            "X-Sentry-Rate-Limit-Reset", "X-Sentry-Rate-Limit-ConcurrentLimit",
            "X-Sentry-Rate-Limit-ConcurrentRemaining", "Content-Type", "Location", "Link"};
        for (String name : names) {
            if (random.nextInt(3) == 0) {
                headers.put(name, headerValue(random, name));
            }
        }
        return headers;
    }

    private static String headerValue(Random random, String name) {
        switch (random.nextInt(8)) {
            case 0:
                return String.valueOf(random.nextInt(100));
            case 1:
                return String.valueOf(random.nextLong());
            case 2:
                return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        FakeTiming.EPOCH.plusSeconds(random.nextInt(200) - 100).atOffset(ZoneOffset.UTC));
            case 3:
                return "-" + random.nextInt(10);
            case 4:
                return "1e" + random.nextInt(400);
            case 5:
                return name.equals("Location") ? "/api/0/organizations/acme/issues/" + random.nextInt(9) + "/"
                        : "application/json; charset=utf-8";
            case 6:
                return "";
            default:
                return printable(random, 1 + random.nextInt(40));
        }
    }

    static String body(Random random, String valid) {
        switch (random.nextInt(10)) {
            case 0:
                return valid;
            case 1:
                return valid.substring(0, random.nextInt(valid.length()));
            case 2:
                return flip(random, valid);
            case 3:
                return "";
            case 4:
                return Fault.PROXY_PAGE;
            case 5:
                return new String(bytes(random, random.nextInt(300)), StandardCharsets.ISO_8859_1);
            case 6:
                return pick(random, "null", "[]", "{}", "\"text\"", "12345678901234567890", "{\"detail\":{}}",
                        "{\"detail\":[1,{\"a\":null}]}", "{\"status\":[\"bad\"],\"nested\":{\"x\":[\"y\"]}}",
                        "{\"id\":null}", "{\"message\":\"m\"}", "[\"one\",\"two\"]", "true");
            case 7:
                return "[".repeat(2000 + random.nextInt(100));
            case 8:
                return valid.replace("\"", random.nextBoolean() ? "'" : "")
                        .replace("unresolved", printable(random, 8));
            default:
                return splice(random, valid);
        }
    }

    private static String flip(Random random, String text) {
        char[] chars = text.toCharArray();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
        }
        return new String(chars);
    }

    private static String splice(Random random, String text) {
        int from = random.nextInt(text.length());
        int to = from + random.nextInt(text.length() - from);
        return text.substring(0, from) + text.substring(to) + text.substring(from, to);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String printable(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
