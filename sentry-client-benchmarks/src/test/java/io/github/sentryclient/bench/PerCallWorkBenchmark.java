package io.github.sentryclient.bench;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.internal.http.ClientJson;
import io.github.sentryclient.internal.http.HttpStack;
import io.github.sentryclient.internal.http.RateLimits;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.Issue;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pieces of a {@code getIssue} call that run in the caller's thread without the network, each on its own: the
 * parse that every contender does, and what the client adds (building the input, Retrofit building the request,
 * reading the rate-limit headers) next to building the request by hand as the {@code okhttp} contender does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class PerCallWorkBenchmark {

    private HttpStack stack;
    private HttpUrl base;
    private byte[] issueBody;
    private Headers issueHeaders;
    private final ObjectReader issueReader = ClientJson.mapper().readerFor(Issue.class);

    @Setup(Level.Trial)
    public void start() {
        try (BenchServer server = BenchServer.start()) {
            String answer = new String(server.issueResponse(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            issueBody = answer.substring(end + 4).getBytes(StandardCharsets.UTF_8);
            Headers.Builder headers = new Headers.Builder();
            for (String line : answer.substring(answer.indexOf("\r\n") + 2, end).split("\r\n")) {
                headers.add(line);
            }
            issueHeaders = headers.build();
            base = HttpUrl.get(server.baseUrl());
            stack = HttpStack.create(SentryClient.builder().authToken(Contender.TOKEN).orgSlug(Contender.ORG)
                    .baseUrl(server.baseUrl()).buildConfig(), null, null);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        stack.close();
    }

    /** Parsing the 2.3 KB issue into {@link Issue}: the same for every contender. */
    @Benchmark
    public Object parseIssue() throws Exception {
        return issueReader.readValue(issueBody);
    }

    /** The client: {@code GetIssueInput.builder().issueId(..).build()}, validation included. */
    @Benchmark
    public Object buildInput() {
        return GetIssueInput.builder().issueId(Contender.ISSUE_ID).build();
    }

    /** The client: Retrofit builds the request from {@code SentryApi}'s annotated path. */
    @Benchmark
    public Request retrofitRequest() {
        return stack.api().getIssue(Contender.ISSUE_ID).request();
    }

    /** The {@code okhttp} contender: the same request built by hand. */
    @Benchmark
    public Request handBuiltRequest() {
        return new Request.Builder()
                .url(base.newBuilder().addPathSegments("api/0/organizations").addPathSegment(Contender.ORG)
                        .addPathSegment("issues").addPathSegment(Contender.ISSUE_ID).addPathSegment("").build())
                .header("Authorization", "Bearer " + Contender.TOKEN)
                .header("Accept", "application/json")
                .header("User-Agent", "bench/1.0")
                .build();
    }

    /** The client: reading Sentry's five rate-limit headers of an answer. */
    @Benchmark
    public Object rateLimits() {
        return RateLimits.from(issueHeaders);
    }
}
