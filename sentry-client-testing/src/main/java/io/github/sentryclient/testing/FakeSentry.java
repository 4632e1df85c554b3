package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.Comment;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;

/**
 * An in-memory Sentry for tests and demos: a real HTTP server on a random loopback port that serves the org-scoped
 * issue routes the client uses, with Sentry's status codes, error bodies, pagination and rate-limit headers.
 *
 * <pre>{@code
 * try (FakeSentry fake = FakeSentry.start();
 *      SentryClient client = fake.clientBuilder().build()) {
 *     Issue issue = fake.addIssue(b -> b.title("Checkout fails"));
 *     client.updateIssueStatus(UpdateIssueStatusInput.builder()
 *             .issueId(issue.id()).status(IssueStatus.RESOLVED).build());
 *     assertThat(fake.issue(issue.id()).status()).isEqualTo(IssueStatus.RESOLVED);
 * }
 * }</pre>
 *
 * <p>Requests must carry {@code Authorization: Bearer <authToken()>} (else 401) and name {@link #orgSlug()} (else
 * 404). Comments are posted as the token's user, a member with user id {@code 1}. Seeding and inspection methods
 * may be called from any thread while the server runs.
 */
public final class FakeSentry implements AutoCloseable {

    /** What the fake answers instead of the real thing; see {@link #failNext(int, Fault)}. */
    public enum Fault {
        /** 429 with {@code X-Sentry-Rate-Limit-*} headers and the rate limiter's bare JSON string body. */
        RATE_LIMIT,
        /** 500 with {@code {"detail": "Internal Error", "errorId": ...}}. */
        SERVER_ERROR,
        /** 502 with a load balancer's HTML page. */
        BAD_GATEWAY,
        /** Closes the connection without answering. */
        DROP_CONNECTION
    }

    /**
     * One exchange the fake served, for assertions: the request as received (the auth token in the
     * {@code authorization} header masked) and the status and body of the answer.
     *
     * @param method the HTTP method
     * @param path the raw path, such as {@code /api/0/organizations/acme/issues/1/}
     * @param query the raw query string, empty when there is none
     * @param headers the request headers, names in lower case
     * @param body the request body, empty when there is none
     * @param status the status answered, or 0 for a dropped connection
     * @param responseHeaders the response headers, names in lower case
     * @param responseBody the response body, empty when there is none
     */
    public record Exchange(String method, String path, String query, Map<String, List<String>> headers, String body,
            int status, Map<String, String> responseHeaders, String responseBody) {

        /** The first value of a request header, by case-insensitive name. */
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(values -> values.get(0));
        }
    }

    static final String DEFAULT_ORG = "acme";
    static final int RATE_LIMIT = 40;
    static final int CONCURRENT_LIMIT = 25;
    private static final String MASK = "****";

    private final String orgSlug;
    private final String authToken;
    private final Clock clock;
    private final FakeState state;
    /** The route table, first match wins; a new group of routes is one more {@code XRoutes.routes()} here. */
    private final List<Route> routes = routes();
    private final List<Exchange> exchanges = new ArrayList<>();
    private final MockWebServer server = new MockWebServer();
    private final String baseUrl;
    private final AtomicInteger inFlight = new AtomicInteger();
    private Fault fault;
    private int faultsLeft;
    private long window;
    private int windowCount;

    private FakeSentry(Builder builder) {
        this.orgSlug = builder.orgSlug;
        this.authToken = builder.authToken != null ? builder.authToken
                : randomToken(builder.tokenHasUser ? "sntryu_" : "sntrys_");
        this.clock = builder.clock;
        this.state = new FakeState(clock);
        state.multiProjectStream(builder.multiProjectStream);
        state.orgSlug(builder.orgSlug);
        state.token(builder.scopes, builder.tokenHasUser);
        // Its own sockets send small writes at once, so that no answer waits for a delayed ACK; nothing global.
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                // The fake keeps its own record of exchanges; the server's queue of requests is not kept growing.
                server.takeRequest(0, TimeUnit.MILLISECONDS);
                return serve(request);
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a loopback port for FakeSentry", e);
        }
        baseUrl = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
    }

    /** Starts a fake for organization {@code acme} with a random auth token. */
    public static FakeSentry start() {
        return builder().start();
    }

    /** Starts a builder, to choose the organization slug or the auth token. */
    public static Builder builder() {
        return new Builder();
    }

    /** The fake's base URL, such as {@code http://127.0.0.1:54321}; give it to the client as its base URL. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The only auth token the fake accepts. */
    public String authToken() {
        return authToken;
    }

    /** The only organization the fake knows. */
    public String orgSlug() {
        return orgSlug;
    }

    /** A client builder already pointed at this fake: base URL, auth token and organization set. */
    public SentryClient.Builder clientBuilder() {
        return SentryClient.builder().baseUrl(baseUrl).authToken(authToken).orgSlug(orgSlug);
    }

    /**
     * Adds an issue as given.
     *
     * @return the issue
     * @throws IllegalArgumentException if its id or short id is taken
     */
    public Issue addIssue(Issue issue) {
        Objects.requireNonNull(issue, "issue");
        synchronized (state) {
            return state.add(issue);
        }
    }

    /**
     * Adds an issue with realistic defaults (the next free id, a short id such as {@code BACKEND-1}, unresolved,
     * project {@code backend}, seen an hour ago and now) that {@code customizer} may change.
     *
     * @return the issue
     * @throws IllegalArgumentException if the customized id or short id is taken
     */
    public Issue addIssue(Consumer<Issue.Builder> customizer) {
        synchronized (state) {
            Issue.Builder builder = state.defaults();
            customizer.accept(builder);
            return state.add(builder.build());
        }
    }

    /**
     * Seeds the issues the demos triage: three issues of the fake's project (PUMP-STATION-1A, unresolved,
     * 150 events from 12 users, the latest of which, the one event kept, carries
     * {@code environment=production}; PUMP-STATION-1B, unresolved;
     * PUMP-STATION-19, resolved) and a member, {@code dana@example.com}, who can be assigned.
     *
     * @return PUMP-STATION-1A, the issue to triage
     * @throws IllegalArgumentException if one of those short ids or the member is already there
     */
    public Issue addDemoIssues() {
        Issue issue = addIssue(builder -> builder
                .shortId("PUMP-STATION-1A")
                .title("ZeroDivisionError: division by zero")
                .culprit("pump_station.app in calculate_flow")
                .level("error")
                .count(149)
                .userCount(12));
        addIssue(builder -> builder.shortId("PUMP-STATION-1B").title("TimeoutError: sensor read timed out")
                .count(4).userCount(1));
        addIssue(builder -> builder.shortId("PUMP-STATION-19").title("KeyError: 'pressure'")
                .status(IssueStatus.RESOLVED));
        addMember("dana@example.com", "2", "Dana Developer");
        addEvent(issue.id(), Map.of("environment", "production"));
        return issue(issue.id());
    }

    /**
     * Adds a member of the organization, who can then be assigned and mentioned by user id, {@code user:ID},
     * e-mail or username (the e-mail).
     *
     * @return the member as a {@link User}
     * @throws IllegalArgumentException if the user id is taken
     */
    public User addMember(String email, String userId, String name) {
        User user = User.builder().id(userId).email(email).username(email).name(name).build();
        synchronized (state) {
            return state.addMember(user);
        }
    }

    /**
     * Adds a team of the organization with access to every project of the fake, so that {@code team:ID} can be
     * assigned issues and mentioned in comments, as on Sentry.
     *
     * @param teamId the team's numeric id, as in {@code team:ID}
     * @param slug the team's slug, also its name
     * @throws IllegalArgumentException if the id is not numeric or the slug blank
     */
    public void addTeam(String teamId, String slug) {
        addTeam(teamId, slug, (Set<String>) null);
    }

    /**
     * Adds a team with access to the named projects only. Assigning an issue of another project to it is refused
     * as Sentry's {@code GroupValidator} refuses it: 400 {@code {"assignedTo": ["Cannot assign to a team without
     * access to the project"]}}.
     *
     * @param projectSlugs the slugs of the projects it has access to; none for a team without any
     * @throws IllegalArgumentException if the id is not numeric or the slug blank
     */
    public void addTeam(String teamId, String slug, String... projectSlugs) {
        addTeam(teamId, slug, Set.of(projectSlugs));
    }

    private void addTeam(String teamId, String slug, Set<String> projects) {
        if (teamId == null || !teamId.matches("[0-9]+") || slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("a team needs a numeric id and a slug, got " + teamId + " and "
                    + slug);
        }
        synchronized (state) {
            state.addTeam(teamId, slug, projects);
        }
    }

    /**
     * Adds a release, so that issues of its projects can be resolved in it ({@code inRelease}) or in the next
     * release ({@code inNextRelease}); without one, Sentry refuses both, and so does the fake. The release routes
     * list and serve it; events tagged {@code release=VERSION} make it an issue's first or last release.
     *
     * @param version the release's version, such as {@code 4.2.0} or {@code backend@4.2.0}
     * @param projectSlugs the slugs of its projects; none for the fake's default project, {@code backend}
     * @throws IllegalArgumentException if the version breaks Sentry's version rule or exists already
     */
    public void addRelease(String version, String... projectSlugs) {
        if (version == null || !ReleaseRoutes.validVersion(version)) {
            throw new IllegalArgumentException("a release needs a version Sentry allows, got " + version);
        }
        Set<String> projects = projectSlugs.length == 0 ? Set.of(FakeState.DEFAULT_PROJECT.slug())
                : Set.of(projectSlugs);
        synchronized (state) {
            state.addRelease(version, projects);
        }
    }

    /**
     * Records a file uploaded to a release, such as a source map; the release file routes list, read and delete it.
     *
     * @param name its name, such as {@code ~/static/app.js.map}
     * @param size its size in bytes
     * @return its id
     * @throws IllegalArgumentException if there is no such release
     */
    public String addReleaseFile(String version, String name, long size) {
        synchronized (state) {
            FakeState.Release release = state.release(version).orElseThrow(() -> new IllegalArgumentException(
                    "no release " + version + " in this FakeSentry; add it with addRelease first"));
            String id = Integer.toString(release.artifacts().size() + 1);
            ObjectNode file = FakeJson.mapper().createObjectNode();
            file.put("id", id);
            file.put("name", name);
            file.putNull("dist");
            file.putObject("headers").put("Content-Type", name.endsWith(".map") ? "application/json"
                    : "application/javascript");
            file.put("size", size);
            file.put("sha1", HexFormat.of().formatHex(randomBytes(20)));
            file.put("dateCreated", Bodies.date(state.now()));
            release.artifacts().add(file);
            return id;
        }
    }

    /**
     * Connects a repository to the organization, as the GitHub or GitLab integration would; the repository routes
     * list it, and releases may name it in their refs.
     *
     * @param name its name, such as {@code acme/backend}
     */
    public void addRepository(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a repository needs a name");
        }
        synchronized (state) {
            state.repositories().add(name);
        }
    }

    /**
     * Records a commit of a release, as Sentry would read it from the release's repository: the release's commits
     * list it (newest first) and its changed files list {@code files} (each as modified).
     *
     * @param commitId the commit's hash
     * @param message the commit message
     * @param authorEmail the author's e-mail
     * @throws IllegalArgumentException if there is no such release
     */
    public void addCommit(String version, String commitId, String message, String authorEmail, String... files) {
        synchronized (state) {
            FakeState.Release release = state.release(version).orElseThrow(() -> new IllegalArgumentException(
                    "no release " + version + " in this FakeSentry; add it with addRelease first"));
            ObjectNode author = FakeJson.mapper().createObjectNode()
                    .put("name", authorEmail.substring(0, authorEmail.indexOf('@') < 0 ? authorEmail.length()
                            : authorEmail.indexOf('@')))
                    .put("email", authorEmail);
            ObjectNode commit = FakeJson.mapper().createObjectNode();
            commit.put("id", commitId);
            commit.put("message", message);
            commit.put("dateCreated", Bodies.date(state.now()));
            commit.putNull("pullRequest");
            commit.put("suspectCommitType", "");
            commit.set("author", author);
            commit.putArray("releases").addObject().put("version", version).put("shortVersion", version)
                    .putNull("ref").putNull("url").putNull("dateReleased")
                    .put("dateCreated", Bodies.date(release.dateCreated()));
            release.commits().add(0, commit);
            for (String file : files) {
                ObjectNode changed = FakeJson.mapper().createObjectNode();
                changed.put("id", Integer.toString(release.files().size() + 1));
                changed.put("orgId", 1);
                changed.set("author", author.deepCopy());
                changed.put("commitMessage", message);
                changed.put("filename", file);
                changed.put("type", "M");
                changed.put("repoName", "acme/backend");
                release.files().add(changed);
            }
        }
    }

    /**
     * Records that one more event of the issue carries the tag {@code key=value}, as Sentry's ingestion would.
     *
     * @throws IllegalArgumentException if there is no such issue
     */
    public void addEventTag(String issueId, String key, String value) {
        synchronized (state) {
            state.require(issueId).addEventTag(key, value, state.now());
        }
    }

    /**
     * Records one event of the issue, as Sentry's ingestion would: the issue counts it and its tags, and the event
     * routes list it (newest first).
     *
     * @param tags the event's tags, such as {@code environment=production}
     * @return the event id, 32 hex digits
     * @throws IllegalArgumentException if there is no such issue
     */
    public String addEvent(String issueId, Map<String, String> tags) {
        return addEvent(issueId, HexFormat.of().formatHex(randomBytes(16)), tags);
    }

    /**
     * Like {@link #addEvent(String, Map)}, with the event id given, such as one a test resolves later.
     *
     * @param eventId 32 hex digits
     * @throws IllegalArgumentException if there is no such issue or the id is not 32 hex digits
     */
    public String addEvent(String issueId, String eventId, Map<String, String> tags) {
        if (eventId == null || !eventId.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("an event id is 32 lower-case hex digits, got " + eventId);
        }
        synchronized (state) {
            FakeState.IssueRecord record = state.require(issueId);
            java.time.Instant now = state.now();
            String id = eventId;
            record.events().add(new FakeState.Event(id, now, java.util.Collections.unmodifiableMap(
                    new LinkedHashMap<>(tags))));
            tags.forEach((key, value) -> record.addEventTag(key, value, now));
            Issue issue = record.issue();
            record.issue(Issue.builder().from(issue).count(issue.count() + 1)
                    .lastSeen(now.isAfter(issue.lastSeen()) ? now : issue.lastSeen()).build());
            return id;
        }
    }

    /** Whether the fake still has the issue (deleted issues are gone). */
    public boolean hasIssue(String issueId) {
        synchronized (state) {
            return state.find(issueId).isPresent();
        }
    }

    /**
     * The issue's current state.
     *
     * @param issueId the numeric id or short id
     * @throws IllegalArgumentException if there is no such issue
     */
    public Issue issue(String issueId) {
        synchronized (state) {
            return state.require(issueId).issue();
        }
    }

    /**
     * The issue's comments, newest first, as the client would read them.
     *
     * @param issueId the numeric id or short id
     * @throws IllegalArgumentException if there is no such issue
     */
    public List<Comment> comments(String issueId) {
        synchronized (state) {
            List<FakeState.Note> notes = state.require(issueId).notes();
            List<Comment> comments = new ArrayList<>();
            for (int i = notes.size() - 1; i >= 0; i--) {
                FakeState.Note note = notes.get(i);
                comments.add(Comment.builder().id(note.id()).text(note.text()).dateCreated(note.dateCreated())
                        .user(note.user()).build());
            }
            return comments;
        }
    }

    /** Every exchange served so far, oldest first. */
    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** How many requests the fake received so far, dropped connections included. */
    public int requestCount() {
        synchronized (exchanges) {
            return exchanges.size();
        }
    }

    /**
     * Answers the next {@code count} requests with {@code fault} instead of serving them; a later call replaces
     * an earlier one, and a count of 0 switches faults off.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public void failNext(int count, Fault fault) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        synchronized (this) {
            this.fault = Objects.requireNonNull(fault, "fault");
            this.faultsLeft = count;
        }
    }

    /**
     * Forgets everything a test can observe: issues, comments, tags, events, members (but the token's user), the
     * id sequences, exchanges, pending faults and the rate-limit window's count.
     */
    public void reset() {
        synchronized (state) {
            state.reset();
        }
        synchronized (exchanges) {
            exchanges.clear();
        }
        synchronized (this) {
            fault = null;
            faultsLeft = 0;
            window = 0;
            windowCount = 0;
        }
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "FakeSentry{baseUrl=" + baseUrl + ", org=" + orgSlug + "}";
    }

    /** Adds a route, ahead of the built-in ones; for routes this package adds later. */
    void addRoute(Route route) {
        synchronized (state) {
            routes.add(0, route);
        }
    }

    private static List<Route> routes() {
        List<Route> all = new ArrayList<>(IssueRoutes.routes());
        all.addAll(CommentRoutes.routes());
        all.addAll(TagRoutes.routes());
        all.addAll(EventRoutes.routes());
        all.addAll(OrganizationRoutes.routes());
        all.addAll(ReleaseRoutes.routes());
        all.addAll(ExploreRoutes.routes());
        all.addAll(SeerRoutes.routes());
        all.addAll(TeamRoutes.routes());
        all.addAll(ProjectRoutes.routes());
        return all;
    }

    private MockResponse serve(RecordedRequest http) {
        inFlight.incrementAndGet();
        try {
            String method = http.getMethod();
            String path = http.getUrl().encodedPath();
            String rawQuery = http.getUrl().encodedQuery();
            String query = rawQuery == null ? "" : rawQuery;
            String body = http.getBody() == null ? "" : http.getBody().utf8();
            Map<String, List<String>> headers = headers(http.getHeaders());
            Fault current = takeFault();
            if (current == Fault.DROP_CONNECTION) {
                record(new Exchange(method, path, query, headers, body, 0, Map.of(), ""));
                return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
            }
            FakeResponse response = current != null ? faultResponse(current)
                    : answer(method, path, rawQuery, http.getHeaders().get("Authorization"), body);
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            if (response.contentType() != null) {
                responseHeaders.put("content-type", response.contentType());
            }
            response.headers().forEach((name, value) -> responseHeaders.put(name.toLowerCase(Locale.ROOT), value));
            record(new Exchange(method, path, query, headers, body, response.status(), responseHeaders,
                    response.body()));
            return send(response);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private FakeResponse answer(String method, String path, String rawQuery, String authorization, String body) {
        Route route = null;
        Map<String, String> params = null;
        synchronized (state) {
            for (Route candidate : routes) {
                Optional<Map<String, String>> match = candidate.match(path);
                if (match.isPresent() && (params == null || route == null && candidate.method().equals(method))) {
                    params = match.get();
                    route = candidate.method().equals(method) ? candidate : null;
                }
            }
        }
        if (params == null) {
            return FakeResponse.detail(404, "The requested resource does not exist");
        }
        String org = params.get("org");
        FakeResponse response;
        if (authorization == null || authorization.isBlank()) {
            response = FakeResponse.detail(401, "Authentication credentials were not provided.");
        } else if (!authorization.equals("Bearer " + authToken)) {
            response = FakeResponse.detail(401, "Invalid token");
        } else if (org != null && !orgSlug.equals(org)) {
            response = FakeResponse.detail(404, "The requested resource does not exist");
        } else if (route == null) {
            response = FakeResponse.detail(405, "Method \"" + method + "\" not allowed.");
        } else if (route.scopes().stream().noneMatch(state.scopes()::contains)) {
            // Sentry's permission classes: a token without one of the route's scopes gets DRF's PermissionDenied.
            response = FakeResponse.detail(403, "You do not have permission to perform this action.");
        } else {
            FakeRequest request = new FakeRequest(path, rawQuery, params, body, baseUrl, state);
            synchronized (state) {
                try {
                    response = route.handler().handle(request);
                } catch (FakeResponse.Failure failure) {
                    response = failure.response();
                }
            }
        }
        return withRateLimit(response);
    }

    private synchronized FakeResponse withRateLimit(FakeResponse response) {
        long now = clock.instant().getEpochSecond();
        if (now != window) {
            window = now;
            windowCount = 0;
        }
        windowCount++;
        return response
                .header("X-Sentry-Rate-Limit-Limit", Integer.toString(RATE_LIMIT))
                .header("X-Sentry-Rate-Limit-Remaining", Integer.toString(Math.max(0, RATE_LIMIT - windowCount)))
                .header("X-Sentry-Rate-Limit-Reset", Long.toString(window + 1))
                .header("X-Sentry-Rate-Limit-ConcurrentLimit", Integer.toString(CONCURRENT_LIMIT))
                .header("X-Sentry-Rate-Limit-ConcurrentRemaining",
                        Integer.toString(Math.max(0, CONCURRENT_LIMIT - inFlight.get())));
    }

    private synchronized Fault takeFault() {
        if (faultsLeft == 0) {
            return null;
        }
        faultsLeft--;
        return fault;
    }

    private FakeResponse faultResponse(Fault current) {
        long reset = clock.instant().getEpochSecond() + 1;
        return switch (current) {
            case RATE_LIMIT -> FakeResponse.raw(429, "text/html; charset=utf-8", "\"You are attempting to use this"
                    + " endpoint too frequently. Limit is " + RATE_LIMIT + " requests in 1 seconds\"")
                    .header("X-Sentry-Rate-Limit-Limit", Integer.toString(RATE_LIMIT))
                    .header("X-Sentry-Rate-Limit-Remaining", "0")
                    .header("X-Sentry-Rate-Limit-Reset", Long.toString(reset))
                    .header("X-Sentry-Rate-Limit-ConcurrentLimit", Integer.toString(CONCURRENT_LIMIT))
                    .header("X-Sentry-Rate-Limit-ConcurrentRemaining", Integer.toString(CONCURRENT_LIMIT - 1));
            case SERVER_ERROR -> FakeResponse.json(500, Map.of("detail", "Internal Error", "errorId",
                    HexFormat.of().formatHex(randomBytes(16))));
            default -> FakeResponse.raw(502, "text/html", "<html><head><title>502 Bad Gateway</title></head>"
                    + "<body><center><h1>502 Bad Gateway</h1></center></body></html>");
        };
    }

    private void record(Exchange exchange) {
        synchronized (exchanges) {
            exchanges.add(exchange);
        }
    }

    private Map<String, List<String>> headers(Headers raw) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        raw.toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.stream()
                .map(value -> value.replace(authToken, MASK))
                .toList()));
        return Map.copyOf(headers);
    }

    private static MockResponse send(FakeResponse response) {
        MockResponse.Builder answer = new MockResponse.Builder().code(response.status());
        if (response.contentType() != null) {
            answer.setHeader("Content-Type", response.contentType());
        }
        response.headers().forEach(answer::setHeader);
        return answer.body(response.body()).build();
    }

    private static String randomToken(String prefix) {
        return prefix + HexFormat.of().formatHex(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Configures and starts a {@link FakeSentry}. */
    public static final class Builder {

        private String orgSlug = DEFAULT_ORG;
        private String authToken;
        private Clock clock = Clock.systemUTC();
        private boolean multiProjectStream = true;
        private Set<String> scopes = Scopes.ALL;
        private boolean tokenHasUser = true;

        private Builder() {
        }

        /**
         * The scopes of the fake's auth token (every scope by default), so that tests can meet Sentry's permission
         * errors: a request to a route that needs a scope the token lacks answers 403 {@code You do not have
         * permission to perform this action.}, as Sentry's permission classes do. Issue reads need
         * {@code event:read} (or {@code event:write}, {@code event:admin}), updates and comments
         * {@code event:write}, deletes {@code event:admin}; the organization and its projects {@code org:read},
         * members {@code member:read}.
         *
         * @throws IllegalArgumentException for a scope Sentry does not have
         */
        public Builder scopes(String... scopes) {
            Set<String> given = new LinkedHashSet<>(List.of(scopes));
            for (String scope : given) {
                if (!Scopes.ALL.contains(scope)) {
                    throw new IllegalArgumentException("scopes: '" + scope + "' is not a Sentry scope; Sentry's are "
                            + new TreeSet<>(Scopes.ALL));
                }
            }
            this.scopes = Set.copyOf(given);
            return this;
        }

        /**
         * Makes the fake's token an organization auth token, as Sentry issues for CI: a random {@code sntrys_}
         * token (unless {@link #authToken(String)} sets one) with the only scope such tokens have,
         * {@code org:ci}, and no user behind it. Issue routes then answer 403, and comments, which need a user,
         * 403 {@code Key doesn't have permission to create Note} even where a scope would allow them (call
         * {@link #scopes(String...)} after this to give such a token more scopes, as a legacy API key has).
         */
        public Builder organizationToken() {
            this.scopes = Set.of("org:ci");
            this.tokenHasUser = false;
            return this;
        }

        /**
         * Whether the organization has Sentry's multi-project stream feature (true by default). Without it, as on
         * Sentry, an issue list or bulk request across projects ({@code project=-1}, several projects, or none
         * while the issues span several) answers 400 {@code You do not have the multi project stream feature
         * enabled}.
         */
        public Builder multiProjectStream(boolean enabled) {
            this.multiProjectStream = enabled;
            return this;
        }

        /** The organization slug the fake answers for; {@code acme} by default. */
        public Builder orgSlug(String orgSlug) {
            if (orgSlug == null || !orgSlug.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
                throw new IllegalArgumentException("orgSlug must be a Sentry slug, got '" + orgSlug + "'");
            }
            this.orgSlug = orgSlug;
            return this;
        }

        /** The auth token the fake accepts; a random {@code sntryu_} token by default. */
        public Builder authToken(String authToken) {
            if (authToken == null || authToken.isBlank() || !authToken.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("authToken must be printable ASCII without spaces");
            }
            this.authToken = authToken;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Starts the fake on a random loopback port. */
        public FakeSentry start() {
            return new FakeSentry(this);
        }
    }
}
