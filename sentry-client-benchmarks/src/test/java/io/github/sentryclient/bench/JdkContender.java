package io.github.sentryclient.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a user writes instead of a client: the JDK's {@link HttpClient} (HTTP/1.1, as Sentry is reached here) and
 * Jackson, with the same timeouts and headers.
 */
final class JdkContender implements Contender {

    private final HttpClient client;
    private final String issueUrl;
    private final String commentsUrl;
    private final ObjectReader issueReader = ClientJson.mapper().readerFor(Issue.class);
    private final ObjectReader commentReader = ClientJson.mapper().readerFor(Comment.class);
    private final ObjectWriter writer = ClientJson.mapper().writer();

    JdkContender(String baseUrl) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.issueUrl = baseUrl + "/api/0/organizations/" + ORG + "/issues/" + ISSUE_ID + "/";
        this.commentsUrl = issueUrl + "comments/";
    }

    @Override
    public Object getIssue() throws IOException, InterruptedException {
        return parse(client.send(request(issueUrl).GET().build(), HttpResponse.BodyHandlers.ofByteArray()),
                issueReader);
    }

    @Override
    public Object updateIssueStatus() throws IOException, InterruptedException {
        return parse(client.send(updateRequest(), HttpResponse.BodyHandlers.ofByteArray()), issueReader);
    }

    @Override
    public Object addComment() throws IOException, InterruptedException {
        return parse(client.send(commentRequest(), HttpResponse.BodyHandlers.ofByteArray()), commentReader);
    }

    @Override
    public CompletableFuture<?> getIssueAsync() {
        return client.sendAsync(request(issueUrl).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> parseUnchecked(response, issueReader));
    }

    @Override
    public CompletableFuture<?> updateIssueStatusAsync() {
        return client.sendAsync(updateRequest(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> parseUnchecked(response, issueReader));
    }

    @Override
    public CompletableFuture<?> addCommentAsync() {
        return client.sendAsync(commentRequest(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> parseUnchecked(response, commentReader));
    }

    @Override
    public void close() {
        // java.net.http.HttpClient is closeable only from Java 21; its threads are daemons.
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json")
                .header("User-Agent", "bench/1.0");
    }

    private HttpRequest updateRequest() {
        return request(issueUrl).header("Content-Type", "application/json; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(Map.of("status", "resolved")))).build();
    }

    private HttpRequest commentRequest() {
        return request(commentsUrl).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(Map.of("text", COMMENT)))).build();
    }

    private byte[] bytes(Object body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object parse(HttpResponse<byte[]> response, ObjectReader reader) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " for " + response.uri());
        }
        return reader.readValue(response.body());
    }

    private static Object parseUnchecked(HttpResponse<byte[]> response, ObjectReader reader) {
        try {
            return parse(response, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
