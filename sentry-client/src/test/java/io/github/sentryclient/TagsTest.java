package io.github.sentryclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sentryclient.error.SentryNotFoundException;
import io.github.sentryclient.error.SentryPermissionException;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.AddTagInput;
import io.github.sentryclient.model.IssueTag;
import io.github.sentryclient.model.ListTagValuesInput;
import io.github.sentryclient.model.TagResult;
import io.github.sentryclient.model.TagSource;
import io.github.sentryclient.model.TagValue;
import io.github.sentryclient.support.SentryServer;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An issue's tags: its tag keys, a tag's values page by page, and {@code addTag}, which never claims what Sentry did
 * not do: it finds an event tag, or keeps one label comment.
 */
class TagsTest {

    private static final String TAG_VALUES_BASE =
            "https://acme.sentry.io/api/0/organizations/acme/issues/4501/tags/release/values/?";

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

    @Test
    void listsTagKeysWithTopValues() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerFixture(200, "breadth/issue-tags.json").answerFixture(200, "breadth/issue-tags.json");

            SentryResponse<List<IssueTag>> tags = sentry.client().listIssueTags("CHECKOUT-2F");
            sentry.client().async().listIssueTags("CHECKOUT-2F").get();

            assertThat(tags.data()).extracting(IssueTag::key).containsExactly("environment", "browser");
            IssueTag environment = tags.data().get(0);
            assertThat(environment.totalValues()).isEqualTo(2048);
            assertThat(environment.uniqueValues()).isEmpty();
            assertThat(environment.topValues()).extracting(TagValue::value, TagValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("production", 1990L),
                            org.assertj.core.groups.Tuple.tuple("staging", 58L));
            assertThat(tags.data().get(1).uniqueValues()).hasValue(14);
            assertThat(tags.message()).isEqualTo("Issue CHECKOUT-2F has 2 tag keys: environment, browser");
            assertThat(sentry.take().getTarget()).isEqualTo("/api/0/organizations/acme/issues/CHECKOUT-2F/tags/");
        }
    }

    @Test
    void listsTheValuesOfOneTagPageByPage() throws Exception {
        try (SentryServer sentry = new SentryServer()) {
            sentry.answerPage("breadth/tag-values.json",
                    SentryServer.link(TAG_VALUES_BASE, "0:0:1", false, "0:100:0", true));
            sentry.answerPage("breadth/tag-values.json",
                    SentryServer.link(TAG_VALUES_BASE, "0:0:1", true, "0:200:0", false));
            ListTagValuesInput input = ListTagValuesInput.builder().issueId("4501").key("release").build();

            Page<TagValue> first = sentry.client().listTagValues(input);
            Page<TagValue> second = sentry.client().async().listTagValues(input).get();

            assertThat(first.items()).extracting(TagValue::value)
                    .containsExactly("checkout@2.14.1", "checkout@2.14.0");
            assertThat(first.items().get(1).lastSeen()).contains(Instant.parse("2026-11-20T08:59:00.250Z"));
            assertThat(first.hasNextPage()).isTrue();
            assertThat(second.items()).hasSize(2);
            assertThat(sentry.take().getTarget())
                    .isEqualTo("/api/0/organizations/acme/issues/4501/tags/release/values/");
            assertThatThrownBy(() -> ListTagValuesInput.builder().issueId("4501").key("bad key").build())
                    .hasMessageStartingWith("key must be 1 to 32 characters");
        }
    }
}
