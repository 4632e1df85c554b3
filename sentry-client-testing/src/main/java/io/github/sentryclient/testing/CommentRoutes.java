package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Issue;
import io.github.sentryclient.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An issue's comment (note) routes: list, add with Sentry's duplicate guard, edit and delete the token user's own. */
final class CommentRoutes {

    private static final Duration DUPLICATE_WINDOW = Duration.ofHours(1);

    private CommentRoutes() {
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        // Sentry mounts the note routes under both words.
        for (String word : List.of("comments/", "notes/")) {
            routes.add(Route.get(IssueRoutes.ISSUE + word, CommentRoutes::listComments));
            routes.add(Route.post(IssueRoutes.ISSUE + word, CommentRoutes::addComment));
            routes.add(Route.put(IssueRoutes.ISSUE + word + "{noteId}/", CommentRoutes::editComment));
            routes.add(Route.delete(IssueRoutes.ISSUE + word + "{noteId}/", CommentRoutes::deleteComment));
        }
        return routes;
    }

    private static FakeResponse listComments(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        List<ObjectNode> notes = new ArrayList<>();
        for (int i = record.notes().size() - 1; i >= 0; i--) {
            notes.add(Bodies.note(record.notes().get(i)));
        }
        return Pages.page(request, notes);
    }

    /**
     * Sentry's {@code GroupNotesEndpoint.post} (src/sentry/issues/endpoints/group_notes.py): a user is needed, the
     * text and mentions are validated, and the same data (text and mentioned actors) from the same user within an
     * hour is refused as a duplicate.
     */
    private static FakeResponse addComment(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        requireUser(request, "create");
        JsonNode body = IssueRoutes.object(request);
        JsonNode text = body.get("text");
        if (text == null || text.isNull()) {
            return FakeResponse.fieldError("text", "This field is required.");
        }
        if (!text.isTextual() || text.asText().isBlank()) {
            return FakeResponse.fieldError("text", text.isTextual() ? "This field may not be blank."
                    : "Not a valid string.");
        }
        JsonNode mentionsJson = body.path("mentions");
        List<String> mentions = new ArrayList<>();
        for (JsonNode mention : mentionsJson.isArray() ? mentionsJson : FakeJson.mapper().createArrayNode()) {
            if (mention.isTextual() && mention.asText().startsWith("team:")) {
                Optional<FakeState.Team> team = request.state().team(mention.asText());
                if (team.isEmpty()) {
                    return FakeResponse.fieldError("mentions", "Team does not exist");
                }
                mentions.add("team:" + team.get().id());
                continue;
            }
            Optional<User> member = mention.isTextual() ? request.state().member(mention.asText()) : Optional.empty();
            if (member.isEmpty()) {
                return FakeResponse.fieldError("mentions", "Cannot mention a non team member");
            }
            mentions.add("user:" + member.get().id());
        }
        User author = FakeState.TOKEN_USER;
        Instant now = request.state().now();
        boolean duplicate = record.notes().stream().anyMatch(note -> note.user().id().equals(author.id())
                && note.text().equals(text.asText()) && note.mentions().equals(mentions)
                && note.dateCreated().isAfter(now.minus(DUPLICATE_WINDOW)));
        if (duplicate) {
            return FakeResponse.detail(400, "You have already posted that comment.");
        }
        FakeState.Note note = new FakeState.Note(Long.toString(request.state().nextNoteId()), author,
                text.asText(), List.copyOf(mentions), now);
        record.notes().add(note);
        record.issue(Issue.builder().from(record.issue()).numComments(record.issue().numComments() + 1)
                .isSubscribed(true).build());
        return FakeResponse.json(201, Bodies.note(note));
    }

    private static FakeResponse editComment(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        requireUser(request, "edit");
        int index = noteIndex(record, request.pathParam("noteId"));
        JsonNode text = request.json().get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            return FakeResponse.fieldError("text", "This field may not be blank.");
        }
        FakeState.Note note = record.notes().get(index);
        FakeState.Note edited = new FakeState.Note(note.id(), note.user(), text.asText(), note.mentions(),
                note.dateCreated());
        record.notes().set(index, edited);
        return FakeResponse.json(200, Bodies.note(edited));
    }

    private static FakeResponse deleteComment(FakeRequest request) {
        FakeState.IssueRecord record = IssueRoutes.issue(request);
        requireUser(request, "delete");
        record.notes().remove(noteIndex(record, request.pathParam("noteId")));
        record.issue(Issue.builder().from(record.issue()).numComments(record.issue().numComments() - 1).build());
        return FakeResponse.empty(204);
    }

    /** Notes are written by users: a token without one (an organization token, an API key) gets Sentry's 403. */
    private static void requireUser(FakeRequest request, String action) {
        if (!request.state().tokenHasUser()) {
            throw new FakeResponse.Failure(FakeResponse.detail(403, "Key doesn't have permission to " + action
                    + " Note"));
        }
    }

    /** The token user's own note; any other answers 404, as Sentry does. */
    private static int noteIndex(FakeState.IssueRecord record, String noteId) {
        for (int i = 0; i < record.notes().size(); i++) {
            FakeState.Note note = record.notes().get(i);
            if (note.id().equals(noteId) && note.user().id().equals(FakeState.TOKEN_USER.id())) {
                return i;
            }
        }
        throw new FakeResponse.Failure(FakeResponse.detail(404, "The requested resource does not exist"));
    }
}
