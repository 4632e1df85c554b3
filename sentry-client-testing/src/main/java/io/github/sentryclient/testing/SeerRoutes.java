package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Seer's autofix on an issue: {@code {"autofix": null}} until a run is started, then the run's state; a start
 * answers 202 with the run's ids, its body validated like Sentry's serializer (the step names, the 1000-character
 * context).
 */
final class SeerRoutes {

    private static final Set<String> STOPPING_POINTS = Set.of("root_cause", "solution", "code_changes", "open_pr");
    private static final long FIRST_RUN_ID = 12_345L;

    private SeerRoutes() {
    }

    static List<Route> routes() {
        return List.of(
                Route.get(IssueRoutes.ISSUE + "autofix/", SeerRoutes::getAutofix),
                Route.post(IssueRoutes.ISSUE + "autofix/", SeerRoutes::startAutofix),
                Route.get("/api/0/seer/models/", SeerRoutes::models).scopes(Scopes.ALL));
    }

    private static FakeResponse getAutofix(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        ObjectNode body = FakeJson.mapper().createObjectNode();
        if (record.autofix() == null) {
            body.putNull("autofix");
        } else {
            body.set("autofix", record.autofix().deepCopy());
        }
        return FakeResponse.json(200, body);
    }

    /** The models the fake's Seer says it uses. */
    private static FakeResponse models(FakeRequest request) {
        ObjectNode body = FakeJson.mapper().createObjectNode();
        body.putArray("models").add("seer-root-cause").add("seer-coding");
        return FakeResponse.json(200, body);
    }

    private static FakeResponse startAutofix(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        JsonNode body = IssueRoutes.object(request);
        JsonNode stoppingPoint = body.get("stopping_point");
        if (stoppingPoint != null && !STOPPING_POINTS.contains(stoppingPoint.asText())) {
            return FakeResponse.fieldError("stopping_point", "\"" + stoppingPoint.asText()
                    + "\" is not a valid choice.");
        }
        JsonNode context = body.get("user_context");
        if (context != null && context.asText().length() > 1000) {
            return FakeResponse.fieldError("user_context", "Ensure this field has no more than 1000 characters.");
        }
        long runId = FIRST_RUN_ID + request.state().nextRunId();
        String sentryRunId = UUID.randomUUID().toString();
        ObjectNode run = FakeJson.mapper().createObjectNode();
        run.put("run_id", runId);
        run.put("status", "PROCESSING");
        run.put("updated_at", request.state().now().toString());
        ObjectNode step = run.putArray("steps").addObject();
        step.put("id", UUID.randomUUID().toString());
        step.put("index", 0);
        step.put("key", "root_cause_analysis_processing");
        step.put("title", "Root Cause Analysis");
        step.put("status", "PROCESSING");
        step.putArray("progress");
        record.autofix(run);
        ObjectNode answer = FakeJson.mapper().createObjectNode();
        answer.put("run_id", runId);
        answer.put("sentry_run_id", sentryRunId);
        return FakeResponse.json(202, answer);
    }
}
