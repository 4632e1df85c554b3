package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code addTag} never claims what Sentry did not do: it finds an event tag, or keeps one label comment. */
class AddTagTest {

    private static final String VALUES = "[{\"key\":\"environment\",\"name\":\"staging\",\"value\":\"staging\","
            + "\"count\":3,\"lastSeen\":\"2024-12-06T21:19:55Z\",\"firstSeen\":\"2024-11-06T21:19:55Z\"},"
            + "{\"key\":\"environment\",\"name\":\"production\",\"value\":\"production\",\"count\":147,"
            + "\"lastSeen\":\"2024-12-06T21:19:55Z\",\"firstSeen\":\"2024-11-06T21:19:55Z\"}]";
    private static final String OTHER_VALUES = "[{\"key\":\"environment\",\"name\":\"staging\",\"value\":\"staging\","
            + "\"count\":3,\"lastSeen\":\"2024-12-06T21:19:55Z\",\"firstSeen\":\"2024-11-06T21:19:55Z\"}]";
    private static final String NO_COMMENTS = "[]";
    private static final String LABEL_COMMENT = "{\"id\":\"777\",\"user\":null,\"type\":\"note\","
            + "\"data\":{\"text\":\"[label] environment=production\\nRecorded by sentry-client\"},"
            + "\"dateCreated\":\"2024-12-06T22:00:00Z\"}";
    private static final String OTHER_COMMENT = "{\"id\":\"776\",\"user\":null,\"type\":\"note\","
            + "\"data\":{\"text\":\"environment=production is what we think\"},"
            + "\"dateCreated\":\"2024-12-06T21:00:00Z\"}";

    private final SentryServer sentry = new SentryServer();
    private final AddTagInput input = AddTagInput.builder().issueId("123456").key("environment")
            .value("production").build();

    @AfterEach
    void close() {
        sentry.close();
    }

    private SentryResponse<TagResult> addTag(SentryClientTest.Mode mode) {
        return mode.call(sentry.client(), c -> c.addTag(input), c -> c.addTag(input));
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void anExistingEventTagWritesNothing(SentryClientTest.Mode mode) {
        sentry.answer(200, VALUES);

        SentryResponse<TagResult> response = addTag(mode);

        RecordedRequest request = sentry.take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/tags/environment/values/");
        assertThat(sentry.requestCount()).isEqualTo(1);
        TagResult result = response.data();
        assertThat(result.source()).isEqualTo(TagSource.EVENT_TAG);
        assertThat(result.commentId()).isEmpty();
        assertThat(result.created()).isFalse();
        assertThat(result.eventCount()).contains(147L);
        assertThat(result.issueId()).isEqualTo("123456");
        assertThat(result.key()).isEqualTo("environment");
        assertThat(result.value()).isEqualTo("production");
        assertThat(response.message()).isEqualTo("Issue 123456 already carries the tag environment=production on"
                + " 147 events; nothing was written (Sentry cannot attach tags to an issue directly)");
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void aNewTagIsRecordedAsOneLabelComment(SentryClientTest.Mode mode) throws IOException {
        sentry.answer(200, OTHER_VALUES);
        sentry.answer(200, "[" + OTHER_COMMENT + "]");
        sentry.answer(201, LABEL_COMMENT);

        SentryResponse<TagResult> response = addTag(mode);

        assertThat(sentry.take().getTarget()).endsWith("/issues/123456/tags/environment/values/");
        RecordedRequest comments = sentry.take();
        assertThat(comments.getMethod()).isEqualTo("GET");
        assertThat(comments.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/comments/");
        RecordedRequest post = sentry.take();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getTarget()).isEqualTo("/api/0/organizations/acme/issues/123456/comments/");
        JsonNode body = ClientJson.mapper().readTree(post.getBody().utf8());
        assertThat(body.get("text").asText()).startsWith("[label] environment=production\n")
                .contains("Sentry cannot attach tags to an existing issue");
        assertThat(body.size()).isEqualTo(1);

        TagResult result = response.data();
        assertThat(result.source()).isEqualTo(TagSource.LABEL_COMMENT);
        assertThat(result.commentId()).contains("777");
        assertThat(result.created()).isTrue();
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.message()).isEqualTo("Sentry cannot attach tags to an issue directly and no event of"
                + " issue 123456 carries environment=production, so it was recorded as label comment 777 (visible on"
                + " the issue, not searchable as a tag)");
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void anUnknownTagKeyAlsoLeadsToALabel(SentryClientTest.Mode mode) {
        sentry.answer(404, "{\"detail\":\"The requested resource does not exist\"}");
        sentry.answer(200, NO_COMMENTS);
        sentry.answer(201, LABEL_COMMENT);

        SentryResponse<TagResult> response = addTag(mode);

        assertThat(response.data().source()).isEqualTo(TagSource.LABEL_COMMENT);
        assertThat(sentry.requestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void anExistingLabelIsNotPostedAgain(SentryClientTest.Mode mode) {
        sentry.answer(200, OTHER_VALUES);
        sentry.answer(200, "[" + OTHER_COMMENT + "," + LABEL_COMMENT + "]");

        SentryResponse<TagResult> response = addTag(mode);

        assertThat(sentry.requestCount()).isEqualTo(2);
        TagResult result = response.data();
        assertThat(result.source()).isEqualTo(TagSource.LABEL_COMMENT);
        assertThat(result.commentId()).contains("777");
        assertThat(result.created()).isFalse();
        assertThat(response.message()).startsWith("Issue 123456 already has the label comment 777 for"
                + " environment=production; nothing was written");
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void tagValuesAndCommentsAreSearchedOnEveryPage(SentryClientTest.Mode mode) {
        String base = sentry.baseUrl() + "api/0/organizations/acme/issues/123456/";
        sentry.answer(200, OTHER_VALUES, link(base + "tags/environment/values/", "0:100:0", true));
        sentry.answer(200, OTHER_VALUES, link(base + "tags/environment/values/", "0:200:0", false));
        sentry.answer(200, "[" + OTHER_COMMENT + "]", link(base + "comments/", "1733520000:0:0", true));
        sentry.answer(200, "[" + LABEL_COMMENT + "]", link(base + "comments/", "1733510000:0:0", false));

        SentryResponse<TagResult> response = addTag(mode);

        assertThat(sentry.take().getTarget()).endsWith("/tags/environment/values/");
        assertThat(sentry.take().getTarget()).endsWith("/tags/environment/values/?cursor=0%3A100%3A0");
        assertThat(sentry.take().getTarget()).endsWith("/comments/");
        assertThat(sentry.take().getTarget()).endsWith("/comments/?cursor=1733520000%3A0%3A0");
        assertThat(sentry.requestCount()).isEqualTo(4);
        assertThat(response.data().commentId()).contains("777");
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void aMissingIssueFailsWithoutWriting(SentryClientTest.Mode mode) {
        sentry.answer(404, "{\"detail\":\"The requested resource does not exist\"}");
        sentry.answer(404, "{\"detail\":\"The requested resource does not exist\"}");

        assertThatThrownBy(() -> addTag(mode)).isInstanceOf(SentryNotFoundException.class)
                .hasMessageContaining("issue 123456");
        assertThat(sentry.requestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(SentryClientTest.Mode.class)
    void otherFailuresOfTheTagLookupAreReported(SentryClientTest.Mode mode) {
        sentry.answer(403, "{\"detail\":\"You do not have permission to perform this action.\"}");

        assertThatThrownBy(() -> addTag(mode)).isInstanceOf(SentryPermissionException.class);
        assertThat(sentry.requestCount()).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void asyncFailuresAreNotWrapped() {
        sentry.answer(403, "{\"detail\":\"no\"}");

        assertThatThrownBy(() -> sentry.client().async().addTag(input).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(SentryPermissionException.class);
    }

    private static Headers link(String url, String nextCursor, boolean more) {
        return Headers.of("Link", "<" + url + "?&cursor=0:0:1>; rel=\"previous\"; results=\"false\";"
                + " cursor=\"0:0:1\", <" + url + "?&cursor=" + nextCursor + ">; rel=\"next\"; results=\"" + more
                + "\"; cursor=\"" + nextCursor + "\"");
    }
}
