package io.github.sentryclient.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sentry's cursor pagination: a page of a list and the {@code Link} header in exactly Sentry's format (two links,
 * {@code previous} then {@code next}, each with {@code rel}, {@code results} and {@code cursor}).
 */
final class Pages {

    static final int DEFAULT_PER_PAGE = 100;
    static final int MAX_PER_PAGE = 100;
    private static final Pattern CURSOR = Pattern.compile("(-?\\d+(?:\\.\\d+)?):(\\d{1,9}):([01])");

    private Pages() {
    }

    /** The page of {@code items} that the request's {@code cursor} and {@code per_page} ask for. */
    static FakeResponse page(FakeRequest request, List<?> items) {
        return page(request, items, perPage(request));
    }

    /** Like {@link #page(FakeRequest, List)} with a page size the route read itself (issues use {@code limit}). */
    static FakeResponse page(FakeRequest request, List<?> items, int perPage) {
        int offset = offset(request);
        int end = Math.min(items.size(), offset + perPage);
        ArrayNode body = FakeJson.mapper().createArrayNode();
        for (Object item : items.subList(Math.min(offset, items.size()), end)) {
            body.add(FakeJson.mapper().valueToTree(item));
        }
        String previous = "0:" + Math.max(0, offset - perPage) + ":1";
        String next = "0:" + (offset + perPage) + ":0";
        String url = request.baseUrl() + request.path() + "?" + queryWithoutCursor(request.rawQuery());
        String link = link(url, "previous", offset > 0, previous) + ", " + link(url, "next", end < items.size(), next);
        return FakeResponse.json(200, body)
                .header("Link", link)
                .header("X-Hits", Integer.toString(items.size()))
                .header("X-Max-Hits", "1000");
    }

    /**
     * The page of {@code rows} that the request asks for, as Sentry's table endpoints answer it:
     * {@code {"data": [...], "meta": ...}} with the same {@code Link} header as the lists.
     */
    static FakeResponse envelope(FakeRequest request, List<?> rows, ObjectNode meta) {
        FakeResponse page = page(request, rows);
        ObjectNode body = FakeJson.mapper().createObjectNode();
        try {
            body.set("data", FakeJson.mapper().readTree(page.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        body.set("meta", meta);
        FakeResponse answer = FakeResponse.json(200, body);
        page.headers().forEach(answer::header);
        return answer;
    }

    private static String link(String url, String rel, boolean results, String cursor) {
        return "<" + url + "&cursor=" + cursor + ">; rel=\"" + rel + "\"; results=\"" + results + "\"; cursor=\""
                + cursor + "\"";
    }

    private static String queryWithoutCursor(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return Stream.of(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals("cursor") && !pair.startsWith("cursor="))
                .collect(Collectors.joining("&"));
    }

    private static int perPage(FakeRequest request) {
        String value = request.queryParam("per_page").orElse(null);
        if (value == null) {
            return DEFAULT_PER_PAGE;
        }
        // Sentry's Endpoint.get_per_page (src/sentry/api/base.py), with its two messages.
        if (!value.matches("-?[0-9]{1,9}")) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid per_page parameter."));
        }
        int perPage = Integer.parseInt(value);
        if (perPage > MAX_PER_PAGE) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid per_page value. Cannot exceed "
                    + MAX_PER_PAGE + "."));
        }
        if (perPage < 1) {
            // What Sentry's paginators make of a page of no rows is not visible in its source; the fake refuses it
            // with the message for a bad value (the client never sends one).
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid per_page parameter."));
        }
        return perPage;
    }

    private static int offset(FakeRequest request) {
        String cursor = request.queryParam("cursor").orElse("");
        if (cursor.isEmpty()) {
            return 0;
        }
        Matcher matcher = CURSOR.matcher(cursor);
        if (!matcher.matches()) {
            throw new FakeResponse.Failure(FakeResponse.detail(400, "Invalid cursor parameter."));
        }
        return Integer.parseInt(matcher.group(2));
    }
}
