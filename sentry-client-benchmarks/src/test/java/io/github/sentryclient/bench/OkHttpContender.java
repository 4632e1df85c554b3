package io.github.sentryclient.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.zalando.logbook.Logbook;
import org.zalando.logbook.core.HeaderFilters;
import org.zalando.logbook.okhttp.GzipInterceptor;
import org.zalando.logbook.okhttp.LogbookInterceptor;

/**
 * The floor: OkHttp and Jackson used by hand, as carefully as a hand-written client would (readers and writers
 * made once, bodies streamed), with the client's connection settings and headers.
 */
final class OkHttpContender implements Contender {

    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    private final OkHttpClient client;
    private final HttpUrl base;
    private final ObjectReader issueReader = ClientJson.mapper().readerFor(Issue.class);
    private final ObjectReader commentReader = ClientJson.mapper().readerFor(Comment.class);
    private final ObjectWriter writer = ClientJson.mapper().writer();

    OkHttpContender(String baseUrl, boolean logbook) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(256);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60));
        if (logbook) {
            // The same Logbook wiring as the client's, so the pair measures what Logbook costs on its own.
            builder.addNetworkInterceptor(new LogbookInterceptor(Logbook.builder()
                            .headerFilter(HeaderFilters.authorization())
                            .headerFilter(headers -> headers.apply((name, values) -> values.stream()
                                    .map(value -> value.replace(TOKEN, "XXX")).toList()))
                            .bodyFilter((contentType, body) -> body.replace(TOKEN, "XXX"))
                            .build()))
                    .addNetworkInterceptor(new GzipInterceptor());
        }
        this.client = builder.build();
        this.base = HttpUrl.get(baseUrl);
    }

    @Override
    public Object getIssue() throws IOException {
        return read(client.newCall(issueRequest().get().build()), issueReader);
    }

    @Override
    public Object updateIssueStatus() throws IOException {
        return read(client.newCall(updateRequest()), issueReader);
    }

    @Override
    public Object addComment() throws IOException {
        return read(client.newCall(commentRequest()), commentReader);
    }

    @Override
    public CompletableFuture<?> getIssueAsync() {
        return enqueue(client.newCall(issueRequest().get().build()), issueReader);
    }

    @Override
    public CompletableFuture<?> updateIssueStatusAsync() {
        return enqueue(client.newCall(updateRequest()), issueReader);
    }

    @Override
    public CompletableFuture<?> addCommentAsync() {
        return enqueue(client.newCall(commentRequest()), commentReader);
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private Request.Builder issueRequest() {
        return new Request.Builder()
                .url(base.newBuilder().addPathSegments("api/0/organizations").addPathSegment(ORG)
                        .addPathSegment("issues").addPathSegment(ISSUE_ID).addPathSegment("").build())
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json")
                .header("User-Agent", "bench/1.0");
    }

    private Request updateRequest() {
        return issueRequest().put(RequestBody.create(bytes(Map.of("status", "resolved")), JSON)).build();
    }

    private Request commentRequest() {
        return new Request.Builder()
                .url(base.newBuilder().addPathSegments("api/0/organizations").addPathSegment(ORG)
                        .addPathSegment("issues").addPathSegment(ISSUE_ID).addPathSegment("comments")
                        .addPathSegment("").build())
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json")
                .header("User-Agent", "bench/1.0")
                .post(RequestBody.create(bytes(Map.of("text", COMMENT)), JSON))
                .build();
    }

    private byte[] bytes(Object body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(Call call, ObjectReader reader) throws IOException {
        try (Response response = call.execute()) {
            return parse(response, reader);
        }
    }

    private static Object parse(Response response, ObjectReader reader) throws IOException {
        if (!response.isSuccessful()) {
            throw new IOException("HTTP " + response.code() + " for " + response.request().url());
        }
        ResponseBody body = response.body();
        return reader.readValue(body.byteStream());
    }

    private static CompletableFuture<Object> enqueue(Call call, ObjectReader reader) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    future.complete(parse(response, reader));
                } catch (IOException | RuntimeException e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }
}
