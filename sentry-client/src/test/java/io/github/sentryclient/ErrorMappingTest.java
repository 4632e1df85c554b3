package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sentryclient.error.SentryAuthenticationException;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.error.SentryRateLimitException;
import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryServerException;
import io.github.sentryclient.error.SentryTransportException;
import io.github.sentryclient.error.SentryValidationException;
import io.github.sentryclient.internal.http.FakeTiming;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.AssignIssueInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.support.SentryServer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

    private static final String HTML_502 = "<html>\n<head><title>502 Bad Gateway</title></head>\n"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body>\n</html>\n";

    private final SentryServer sentry = new SentryServer();
    private final FakeTiming timing = new FakeTiming();
    /** A client on the fake clock, so that waits computed from dates and reset times come out exact. */
    private final SentryClient onFakeClock = sentry.clientBuilder().timing(timing).build();

    @AfterEach
    void close() {
        onFakeClock.close();
        sentry.close();
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(400, "{\"detail\":\"Cannot set resolved in next release for multiple projects.\"}",
                        SentryValidationException.class, "Cannot set resolved in next release for multiple projects."),
                Arguments.of(400, "{\"assignedTo\":[\"Cannot assign to non-team member\"]}",
                        SentryValidationException.class, "assignedTo: Cannot assign to non-team member"),
                Arguments.of(422, "{\"status\":[\"\\\"archived\\\" is not a valid choice.\"]}",
                        SentryValidationException.class, "status: \"archived\" is not a valid choice."),
                Arguments.of(401, "{\"detail\":\"Invalid token\"}", SentryAuthenticationException.class,
                        "Invalid token"),
                Arguments.of(401, "{\"detail\":{\"code\":\"sso-required\",\"message\":\"Must login via SSO\","
                        + "\"extra\":{}}}", SentryAuthenticationException.class, "Must login via SSO"),
                Arguments.of(403, "{\"detail\":\"You do not have permission to perform this action.\"}",
                        SentryPermissionException.class, "You do not have permission to perform this action."),
                Arguments.of(404, "{\"detail\":\"The requested resource does not exist\"}",
                        SentryNotFoundException.class, "The requested resource does not exist"),
                Arguments.of(404, "", SentryNotFoundException.class, ""),
                Arguments.of(429, "\"You are attempting to use this endpoint too frequently. Limit is 5 requests in"
                        + " 1 seconds\"", SentryRateLimitException.class, "You are attempting to use this endpoint"
                        + " too frequently. Limit is 5 requests in 1 seconds"),
                Arguments.of(429, "{\"detail\":\"Too many requests\"}", SentryRateLimitException.class,
                        "Too many requests"),
                Arguments.of(500, "{\"detail\":\"Internal Error\",\"errorId\":\"f4b6c7d1\"}",
                        SentryServerException.class, "Internal Error"),
                Arguments.of(502, HTML_502, SentryServerException.class, "502 Bad Gateway"),
                Arguments.of(503, "Service Unavailable", SentryServerException.class, "Service Unavailable"),
                Arguments.of(504, "", SentryServerException.class, ""),
                Arguments.of(410, "{\"message\":\"This API no longer exists.\"}", SentryClientException.class,
                        "This API no longer exists."),
                Arguments.of(409, "[\"Conflict one\",\"Conflict two\"]", SentryClientException.class,
                        "Conflict one; Conflict two"),
                Arguments.of(400, "Invalid origin", SentryValidationException.class, "Invalid origin"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void statusAndBodyMapToTheTypedException(int status, String body, Class<? extends SentryClientException> type,
            String detail) {
        sentry.answer(status, body, body.startsWith("<html>") ? Headers.of("Content-Type", "text/html") : Headers.of());

        SentryClientException e = catchThrowableOfType(SentryClientException.class,
                () -> sentry.client().getIssue(GetIssueInput.builder().issueId("123456").build()));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.detail()).isEqualTo(detail);
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/api/0/organizations/acme/issues/123456/");
        assertThat(e.getMessage()).doesNotContain("\n").contains("issue 123456")
                .contains("(GET /api/0/organizations/acme/issues/123456/ -> " + status + ")");
        if (!detail.isEmpty()) {
            assertThat(e.getMessage()).contains(detail);
        }
    }

    @ParameterizedTest
    @MethodSource("errors")
    void asyncCallsFailWithTheSameException(int status, String body, Class<? extends SentryClientException> type,
            String detail) {
        sentry.answer(status, body);

        CompletionException e = catchThrowableOfType(CompletionException.class,
                () -> sentry.client().async().getIssue(GetIssueInput.builder().issueId("123456").build()).join());

        assertThat(e.getCause()).isExactlyInstanceOf(type);
        assertThat(((SentryClientException) e.getCause()).detail()).isEqualTo(detail);
    }

    @Test
    void fieldErrorsAreKeptPerField() {
        sentry.answer(400, "{\"assignedTo\":[\"Cannot assign to non-team member\"],"
                + "\"statusDetails\":{\"inRelease\":[\"Unable to find a release with the given version.\"]},"
                + "\"non_field_errors\":\"Bad\"}");

        SentryValidationException e = catchThrowableOfType(SentryValidationException.class,
                () -> sentry.client().assignIssue(AssignIssueInput.builder().issueId("1").assignee("x").build()));

        assertThat(e.fieldErrors()).isEqualTo(Map.of(
                "assignedTo", List.of("Cannot assign to non-team member"),
                "statusDetails.inRelease", List.of("Unable to find a release with the given version."),
                "non_field_errors", List.of("Bad")));
        assertThat(e.method()).isEqualTo("PUT");
        assertThat(e.getMessage()).startsWith("Sentry refused the request for issue 1: assignedTo: Cannot assign");
    }

    @Test
    void duplicateCommentIsAValidationError() {
        sentry.answer(400, "{\"detail\":\"You have already posted that comment.\"}");

        SentryValidationException e = catchThrowableOfType(SentryValidationException.class,
                () -> sentry.client().addComment(AddCommentInput.builder().issueId("1").comment("x").build()));

        assertThat(e.detail()).isEqualTo("You have already posted that comment.");
        assertThat(e.fieldErrors()).isEmpty();
        assertThat(e.path()).isEqualTo("/api/0/organizations/acme/issues/1/comments/");
    }

    @Test
    void rateLimitTellsHowLongToWaitFromRetryAfterSeconds() {
        sentry.answer(429, "\"slow down\"", Headers.of("Retry-After", "7",
                "X-Sentry-Rate-Limit-Reset", String.valueOf(timing.now().getEpochSecond() + 100)));

        SentryRateLimitException e = catchThrowableOfType(SentryRateLimitException.class,
                () -> onFakeClock.getIssue(GetIssueInput.builder().issueId("1").build()));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(e.getMessage()).contains("retry after 7 s");
    }

    @Test
    void rateLimitTellsHowLongToWaitFromRetryAfterDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                timing.now().plusSeconds(30).atOffset(ZoneOffset.UTC));
        sentry.answer(429, "\"slow down\"", Headers.of("Retry-After", date));

        SentryRateLimitException e = catchThrowableOfType(SentryRateLimitException.class,
                () -> onFakeClock.getIssue(GetIssueInput.builder().issueId("1").build()));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void rateLimitFallsBackToSentrysResetHeader() {
        sentry.answer(429, "\"slow down\"", Headers.of("Retry-After", "soon",
                "X-Sentry-Rate-Limit-Reset", String.valueOf(timing.now().getEpochSecond() + 20)));

        SentryRateLimitException e = catchThrowableOfType(SentryRateLimitException.class,
                () -> onFakeClock.getIssue(GetIssueInput.builder().issueId("1").build()));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
    }

    @Test
    void rateLimitWithoutHeadersHasNoWait() {
        sentry.answer(429, "\"slow down\"");

        SentryRateLimitException e = catchThrowableOfType(SentryRateLimitException.class,
                () -> sentry.client().getIssue(GetIssueInput.builder().issueId("1").build()));

        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void aSuccessfulStatusWithAnHtmlPageIsAResponseException() {
        sentry.answer(200, HTML_502, Headers.of("Content-Type", "text/html"));

        SentryResponseException e = catchThrowableOfType(SentryResponseException.class,
                () -> sentry.client().getIssue(GetIssueInput.builder().issueId("1").build()));

        assertThat(e.getMessage()).startsWith("Sentry's answer to GET /api/0/organizations/acme/issues/1/ (200) is"
                + " not the expected JSON");
        // The answer arrived: its status and headers stay with the exception (0 means no answer at all).
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.headers()).containsEntry("content-type", java.util.List.of("text/html"));
    }

    @Test
    void aSuccessfulStatusWithAnEmptyBodyIsAResponseException() {
        sentry.answer(200, "");

        assertThat(catchThrowableOfType(SentryResponseException.class,
                () -> sentry.client().getIssue(GetIssueInput.builder().issueId("1").build())))
                .hasMessageContaining("GET /api/0/organizations/acme/issues/1/");
    }

    @Test
    void noContentWhereAnIssueWasExpectedIsAResponseException() {
        sentry.answer(204, "");

        SentryResponseException e = catchThrowableOfType(SentryResponseException.class,
                () -> sentry.client().getIssue(GetIssueInput.builder().issueId("1").build()));

        assertThat(e.statusCode()).isEqualTo(204);
        assertThat(e.getMessage()).contains("204 and no body");
    }

    @Test
    void truncatedJsonIsAResponseException() {
        sentry.answer(200, "{\"id\":\"1\",\"title\":\"Zero");

        assertThat(catchThrowableOfType(SentryResponseException.class,
                () -> sentry.client().getIssue(GetIssueInput.builder().issueId("1").build()))).isNotNull();
    }

    @Test
    void anUnreachableServerIsATransportException() {
        String baseUrl = sentry.baseUrl();
        sentry.server().close();
        try (SentryClient client = SentryClient.builder().authToken(SentryServer.TOKEN).orgSlug("acme")
                .baseUrl(baseUrl).connectTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.none()).build()) {
            SentryTransportException e = catchThrowableOfType(SentryTransportException.class,
                    () -> client.getIssue(GetIssueInput.builder().issueId("1").build()));

            assertThat(e.statusCode()).isZero();
            assertThat(e.getMessage()).startsWith("Could not complete GET /api/0/organizations/acme/issues/1/");
            assertThat(e.getMessage()).doesNotContain(SentryServer.TOKEN);

            CompletionException async = catchThrowableOfType(CompletionException.class,
                    () -> client.async().getIssue(GetIssueInput.builder().issueId("1").build()).join());
            assertThat(async.getCause()).isInstanceOf(SentryTransportException.class);
        }
    }
}
