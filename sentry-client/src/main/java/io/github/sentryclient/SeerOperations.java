package io.github.sentryclient;

import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.model.AutofixRun;
import io.github.sentryclient.model.AutofixState;
import io.github.sentryclient.model.StartAutofixInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Seer's autofix on an issue: its state, and starting a run. */
final class SeerOperations {

    static final String GET_AUTOFIX = "getAutofix";
    static final String START_AUTOFIX = "startAutofix";

    private final ClientApi client;

    SeerOperations(ClientApi client) {
        this.client = client;
    }

    Operation<SentryResponse<Optional<AutofixState>>> get(String issueId) {
        Validation.issueId("issueId", issueId);
        return Operation.call(GET_AUTOFIX, issueId, () -> client.api().getAutofix(issueId), reply -> {
            Optional<AutofixState> state = Optional.ofNullable(reply.requireBody().autofix());
            return reply.respond(state.map(s -> "Autofix run " + s.runId() + " on issue " + issueId + ": "
                    + s.status().orElse("status unknown") + ", " + s.steps().size() + " steps")
                    .orElse("No autofix run on issue " + issueId), state);
        });
    }

    Operation<SentryResponse<AutofixRun>> start(StartAutofixInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        input.stoppingPoint().ifPresent(point -> body.put("stopping_point", point.value()));
        input.userContext().ifPresent(context -> body.put("user_context", context));
        return Operation.call(START_AUTOFIX, input.issueId(), () -> client.api().startAutofix(input.issueId(), body),
                reply -> {
                    AutofixRun run = reply.requireBody();
                    return reply.respond("Started autofix run " + run.runId() + " on issue " + input.issueId(), run);
                });
    }

    Operation<SentryResponse<List<String>>> models() {
        return Operation.call("listSeerModels", "", () -> client.root().listSeerModels(), reply -> {
            List<String> models = reply.requireBody().models() == null ? List.of()
                    : reply.requireBody().models();
            return reply.respond("Seer uses " + models.size() + " models", models);
        });
    }
}
