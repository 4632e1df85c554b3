package io.github.sentryclient.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the fake: a method, a path template such as {@code /api/0/organizations/{org}/issues/{issueId}/}
 * and the handler that answers it. A placeholder matches one path segment.
 *
 * <p>To serve more of Sentry, write a class like {@link IssueRoutes} with a {@code static List<Route> routes()}
 * and add it to {@link FakeSentry}'s route table. The dispatcher has already answered 401 for a bad token and 404
 * for an unknown {@code {org}}; a handler looks its issue up with {@link IssueRoutes#issue(FakeRequest)}, pages a
 * list with {@link Pages#page(FakeRequest, List)}, answers errors with {@link FakeResponse}'s shapes or throws
 * {@link FakeResponse.Failure}, and runs holding the state's lock.
 */
final class Route {

    /** Answers one request that matched a route. */
    @FunctionalInterface
    interface Handler {
        FakeResponse handle(FakeRequest request);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final String method;
    private final String template;
    private final Pattern pattern;
    private final List<String> names;
    private final Handler handler;
    private final Set<String> scopes;

    private Route(String method, String template, Handler handler, Set<String> scopes) {
        this.method = method;
        this.template = template;
        this.handler = handler;
        this.scopes = scopes;
        this.names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholder.start()))).append("([^/]+)");
            names.add(placeholder.group(1));
            last = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        this.pattern = Pattern.compile(regex.toString());
    }

    static Route get(String template, Handler handler) {
        return new Route("GET", template, handler, Scopes.forIssues("GET"));
    }

    static Route put(String template, Handler handler) {
        return new Route("PUT", template, handler, Scopes.forIssues("PUT"));
    }

    static Route post(String template, Handler handler) {
        return new Route("POST", template, handler, Scopes.forIssues("POST"));
    }

    static Route delete(String template, Handler handler) {
        return new Route("DELETE", template, handler, Scopes.forIssues("DELETE"));
    }

    String method() {
        return method;
    }

    /** This route needing one of {@code accepted} instead of the issue routes' scopes. */
    Route scopes(Set<String> accepted) {
        return new Route(method, template, handler, accepted);
    }

    /** The token scopes this route accepts, any one of them (Sentry's permission class's scope map). */
    Set<String> scopes() {
        return scopes;
    }

    Handler handler() {
        return handler;
    }

    /** The path parameters when {@code path} (still percent-encoded) matches the template, else empty. */
    Optional<Map<String, String>> match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), FakeRequest.decode(matcher.group(i + 1)));
        }
        return Optional.of(params);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
