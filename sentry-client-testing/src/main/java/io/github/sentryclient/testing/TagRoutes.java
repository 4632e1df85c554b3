package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** An issue's tag routes: its tag keys with their top values, one key's details, and its values, from events. */
final class TagRoutes {

    private static final int TOP_VALUES = 9;

    private TagRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(IssueRoutes.ISSUE + "tags/", TagRoutes::tagKeys),
                Route.get(IssueRoutes.ISSUE + "tags/{key}/", TagRoutes::tagDetails),
                Route.get(IssueRoutes.ISSUE + "tags/{key}/values/", TagRoutes::tagValues));
    }

    private static FakeResponse tagKeys(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        List<ObjectNode> keys = new ArrayList<>();
        // Most used keys first, as Sentry lists them.
        List<Map.Entry<String, Map<String, FakeState.TagCount>>> byUse = new ArrayList<>(record.tags().entrySet());
        byUse.sort(Comparator.comparingLong((Map.Entry<String, Map<String, FakeState.TagCount>> tag) -> total(
                tag.getValue())).reversed().thenComparing(Map.Entry::getKey));
        byUse.forEach(tag -> {
            String key = tag.getKey();
            Map<String, FakeState.TagCount> values = tag.getValue();
            ObjectNode json = FakeJson.mapper().createObjectNode();
            json.put("key", key);
            json.put("name", Bodies.tagName(key));
            json.put("totalValues", total(values));
            values.values().stream()
                    .sorted(Comparator.comparingLong(FakeState.TagCount::count).reversed())
                    .limit(TOP_VALUES)
                    .forEach(value -> json.withArray("topValues").add(Bodies.tagValue(key, value)));
            keys.add(json);
        });
        return FakeResponse.json(200, keys);
    }

    private static long total(Map<String, FakeState.TagCount> values) {
        return values.values().stream().mapToLong(FakeState.TagCount::count).sum();
    }

    private static Map<String, FakeState.TagCount> tagKey(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        Map<String, FakeState.TagCount> values = record.tags().get(request.pathParam("key"));
        if (values == null) {
            throw new FakeResponse.Failure(FakeResponse.detail(404, "The requested resource does not exist"));
        }
        return values;
    }

    private static FakeResponse tagDetails(FakeRequest request) {
        String key = request.pathParam("key");
        Map<String, FakeState.TagCount> values = tagKey(request);
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("key", key);
        json.put("name", Bodies.tagName(key));
        json.put("uniqueValues", values.size());
        json.put("totalValues", values.values().stream().mapToLong(FakeState.TagCount::count).sum());
        values.values().stream()
                .sorted(Comparator.comparingLong(FakeState.TagCount::count).reversed())
                .limit(TOP_VALUES)
                .forEach(value -> json.withArray("topValues").add(Bodies.tagValue(key, value)));
        return FakeResponse.json(200, json);
    }

    private static FakeResponse tagValues(FakeRequest request) {
        String key = request.pathParam("key");
        List<FakeState.TagCount> inserted = List.copyOf(tagKey(request).values());
        List<FakeState.TagCount> values = new ArrayList<>(inserted);
        String sort = request.queryParam("sort").orElse("-id");
        Comparator<FakeState.TagCount> order = switch (sort.startsWith("-") ? sort.substring(1) : sort) {
            case "count" -> Comparator.comparingLong(FakeState.TagCount::count);
            case "date" -> Comparator.comparing(FakeState.TagCount::lastSeen);
            case "age" -> Comparator.comparing(FakeState.TagCount::firstSeen);
            default -> Comparator.comparingInt(inserted::indexOf);
        };
        values.sort(sort.startsWith("-") ? order.reversed() : order);
        return Pages.page(request, values.stream().map(value -> Bodies.tagValue(key, value)).toList());
    }
}
