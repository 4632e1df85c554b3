package io.github.sentryclient.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sentryclient.model.Project;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The release routes with Sentry's semantics ({@code OrganizationReleasesEndpoint},
 * {@code OrganizationReleaseDetailsEndpoint}, {@code ReleaseDeploysEndpoint} in src/sentry/api/endpoints/):
 * releases listed newest first and filtered by version text, project and environment; created with Sentry's
 * version rule and project check (201, or 208 for a release that exists); updated, deleted (refused while issues
 * are seen in it), their deploys, commits and changed files.
 */
final class ReleaseRoutes {

    static final String RELEASES = OrganizationRoutes.ORG + "releases/";
    static final String RELEASE = RELEASES + "{version}/";
    private static final String BAD_CHARS = "\r\n\f\t/\\";

    private ReleaseRoutes() {
    }

    static List<Route> routes() {
        Set<String> releaseRead = Set.of("project:read", "project:write", "project:admin", "project:releases",
                "org:ci");
        Set<String> releaseWrite = Set.of("project:write", "project:admin", "project:releases", "org:ci");
        Set<String> releaseAdmin = Set.of("project:admin", "project:releases", "org:ci");
        return List.of(
                Route.get(RELEASES, ReleaseRoutes::list).scopes(releaseRead),
                Route.post(RELEASES, ReleaseRoutes::create).scopes(releaseWrite),
                Route.get(RELEASE, ReleaseRoutes::get).scopes(releaseRead),
                Route.put(RELEASE, ReleaseRoutes::update).scopes(releaseWrite),
                Route.delete(RELEASE, ReleaseRoutes::delete).scopes(releaseAdmin),
                Route.get(RELEASE + "deploys/", ReleaseRoutes::deploys).scopes(releaseRead),
                Route.post(RELEASE + "deploys/", ReleaseRoutes::createDeploy).scopes(releaseWrite),
                Route.get(RELEASE + "commits/", ReleaseRoutes::commits).scopes(releaseRead),
                Route.get(RELEASE + "commitfiles/", ReleaseRoutes::commitFiles).scopes(releaseRead),
                Route.get(RELEASE + "files/", ReleaseRoutes::files).scopes(releaseRead),
                Route.get(RELEASE + "files/{fileId}/", ReleaseRoutes::file).scopes(releaseRead),
                Route.put(RELEASE + "files/{fileId}/", request -> rename(request, artifact(request)))
                        .scopes(releaseWrite),
                Route.delete(RELEASE + "files/{fileId}/", ReleaseRoutes::deleteFile).scopes(releaseAdmin));
    }

    private static FakeResponse list(FakeRequest request) {
        String query = request.queryParam("query").orElse("").toLowerCase(Locale.ROOT);
        List<String> projectIds = request.queryParams("project");
        List<String> environments = request.queryParams("environment");
        FakeState state = request.state();
        List<ObjectNode> bodies = new ArrayList<>();
        for (FakeState.Release release : state.releases()) {
            boolean inProject = projectIds.isEmpty() || state.projects().stream()
                    .anyMatch(p -> projectIds.contains(p.id()) && release.projects().contains(p.slug()));
            boolean inEnvironment = environments.isEmpty() || release.deploys().stream()
                    .anyMatch(deploy -> environments.contains(deploy.get("environment").asText()));
            if (release.version().toLowerCase(Locale.ROOT).contains(query) && inProject && inEnvironment) {
                bodies.add(body(state, release));
            }
        }
        return Pages.page(request, bodies);
    }

    private static FakeResponse get(FakeRequest request) {
        return FakeResponse.json(200, body(request.state(), release(request)));
    }

    private static FakeResponse create(FakeRequest request) {
        JsonNode json = IssueRoutes.object(request);
        JsonNode version = json.get("version");
        if (version == null || version.isNull()) {
            return FakeResponse.fieldError("version", "This field is required.");
        }
        if (!validVersion(version.asText())) {
            return FakeResponse.fieldError("version", "Release with name " + version.asText() + " is not allowed");
        }
        JsonNode projects = json.get("projects");
        if (projects == null || !projects.isArray() || projects.isEmpty()) {
            return FakeResponse.fieldError("projects", "This field is required.");
        }
        Set<String> slugs = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        request.state().projects().forEach(project -> known.add(project.slug()));
        for (JsonNode project : projects) {
            if (!known.contains(project.asText())) {
                return FakeResponse.fieldError("projects", "Invalid project slugs");
            }
            slugs.add(project.asText());
        }
        Optional<FakeState.Release> existing = request.state().release(version.asText());
        if (existing.isPresent()) {
            return FakeResponse.json(208, body(request.state(), existing.get()));
        }
        FakeState.Release release = request.state().addRelease(version.asText(), slugs);
        FakeResponse invalid = apply(release, json);
        if (invalid != null) {
            request.state().removeRelease(release);
            return invalid;
        }
        return FakeResponse.json(201, body(request.state(), release));
    }

    private static FakeResponse update(FakeRequest request) {
        FakeState.Release release = release(request);
        FakeResponse invalid = apply(release, IssueRoutes.object(request));
        return invalid != null ? invalid : FakeResponse.json(200, body(request.state(), release));
    }

    private static FakeResponse delete(FakeRequest request) {
        FakeState.Release release = release(request);
        boolean seen = request.state().issues().stream().anyMatch(record -> record.tags()
                .getOrDefault("release", Map.of()).containsKey(release.version()));
        if (seen) {
            return FakeResponse.detail(400, "This release is referenced by active issues and cannot be removed.");
        }
        request.state().removeRelease(release);
        return FakeResponse.empty(204);
    }

    private static FakeResponse deploys(FakeRequest request) {
        List<ObjectNode> deploys = new ArrayList<>(release(request).deploys());
        Collections.reverse(deploys);
        return Pages.page(request, deploys);
    }

    private static FakeResponse createDeploy(FakeRequest request) {
        FakeState.Release release = release(request);
        JsonNode json = IssueRoutes.object(request);
        JsonNode environment = json.get("environment");
        if (environment == null || environment.isNull() || environment.asText().isBlank()) {
            return FakeResponse.fieldError("environment", "This field is required.");
        }
        if (environment.asText().length() > 64) {
            return FakeResponse.fieldError("environment", "Ensure this field has no more than 64 characters.");
        }
        Instant now = request.state().now();
        ObjectNode deploy = FakeJson.mapper().createObjectNode();
        deploy.put("id", Long.toString(release.id() * 10 + release.deploys().size() + 1));
        deploy.put("environment", environment.asText());
        deploy.put("dateStarted", text(json, "dateStarted"));
        deploy.put("dateFinished", json.hasNonNull("dateFinished") ? json.get("dateFinished").asText()
                : Bodies.date(now));
        deploy.put("name", text(json, "name"));
        deploy.put("url", text(json, "url"));
        release.deploys().add(deploy);
        if (release.dateReleased() == null) {
            // Sentry takes the first deploy as the time a release went live, unless it was given.
            release.dateReleased(now);
        }
        return FakeResponse.json(201, deploy);
    }

    private static FakeResponse commits(FakeRequest request) {
        return Pages.page(request, release(request).commits());
    }

    /** Sentry's {@code CommitFileChangeEndpoint}: the files of the release's commits, by file name. */
    private static FakeResponse commitFiles(FakeRequest request) {
        List<ObjectNode> files = new ArrayList<>(release(request).files());
        files.sort(Comparator.comparing(file -> file.get("filename").asText()));
        return Pages.page(request, files);
    }

    private static FakeResponse files(FakeRequest request) {
        return Pages.page(request, release(request).artifacts());
    }

    private static FakeResponse file(FakeRequest request) {
        return FakeResponse.json(200, artifact(request));
    }

    /** Renames a release file; Sentry requires the name. */
    static FakeResponse rename(FakeRequest request, ObjectNode file) {
        JsonNode json = IssueRoutes.object(request);
        if (!json.hasNonNull("name") || json.get("name").asText().isBlank()) {
            return FakeResponse.fieldError("name", "This field is required.");
        }
        file.put("name", json.get("name").asText());
        return FakeResponse.json(200, file);
    }

    private static FakeResponse deleteFile(FakeRequest request) {
        release(request).artifacts().remove(artifact(request));
        return FakeResponse.empty(204);
    }

    private static ObjectNode artifact(FakeRequest request) {
        String fileId = request.pathParam("fileId");
        return release(request).artifacts().stream().filter(file -> file.get("id").asText().equals(fileId))
                .findFirst().orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    static FakeState.Release release(FakeRequest request) {
        return request.state().release(request.pathParam("version"))
                .orElseThrow(() -> new FakeResponse.Failure(FakeResponse.detail(404,
                        "The requested resource does not exist")));
    }

    /** Sentry's {@code Release.is_valid_version}. */
    static boolean validVersion(String version) {
        String stripped = version.strip();
        return version.chars().noneMatch(c -> BAD_CHARS.indexOf(c) >= 0) && !stripped.isEmpty()
                && !stripped.equals(".") && !stripped.equals("..") && !stripped.equalsIgnoreCase("latest")
                && version.length() <= 200;
    }

    /** Applies ref, url and dateReleased; a 400 answer for a bad one, else null. */
    private static FakeResponse apply(FakeState.Release release, JsonNode json) {
        Instant dateReleased = null;
        if (json.hasNonNull("dateReleased")) {
            try {
                dateReleased = Instant.parse(json.get("dateReleased").asText());
            } catch (DateTimeParseException e) {
                return FakeResponse.fieldError("dateReleased", "Datetime has wrong format. Use one of these formats"
                        + " instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
            }
        }
        if (json.has("ref")) {
            release.ref(text(json, "ref"));
        }
        if (json.has("url")) {
            release.url(text(json, "url"));
        }
        if (dateReleased != null) {
            release.dateReleased(dateReleased);
        }
        return null;
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    /** A release as Sentry's {@code ReleaseSerializer} renders it. */
    static ObjectNode body(FakeState state, FakeState.Release release) {
        ObjectNode json = FakeJson.mapper().createObjectNode();
        json.put("id", release.id());
        json.put("version", release.version());
        json.put("shortVersion", shortVersion(release.version()));
        json.put("status", "open");
        ObjectNode versionInfo = json.putObject("versionInfo");
        int at = release.version().indexOf('@');
        versionInfo.put("package", at > 0 ? release.version().substring(0, at) : null);
        versionInfo.putObject("version").put("raw", release.version().substring(at + 1));
        versionInfo.put("description", shortVersion(release.version()));
        versionInfo.putNull("buildHash");
        json.put("ref", release.ref());
        json.put("url", release.url());
        json.put("dateReleased", release.dateReleased() == null ? null : Bodies.date(release.dateReleased()));
        json.put("dateCreated", Bodies.date(release.dateCreated()));
        json.putObject("data");
        long newGroups = state.issues().stream().filter(record -> release.version().equals(firstRelease(record)))
                .count();
        json.put("newGroups", newGroups);
        json.putNull("owner");
        json.put("commitCount", release.commits().size());
        if (release.commits().isEmpty()) {
            json.putNull("lastCommit");
        } else {
            json.set("lastCommit", release.commits().get(0).deepCopy());
        }
        json.put("deployCount", release.deploys().size());
        if (release.deploys().isEmpty()) {
            json.putNull("lastDeploy");
        } else {
            json.set("lastDeploy", release.deploys().get(release.deploys().size() - 1).deepCopy());
        }
        json.putArray("authors");
        ArrayNode projects = json.putArray("projects");
        for (Project project : state.projects()) {
            if (release.projects().contains(project.slug())) {
                ObjectNode item = projects.addObject();
                item.put("id", Long.parseLong(project.id()));
                item.put("slug", project.slug());
                item.put("name", project.name());
                item.put("newGroups", newGroups);
                item.put("platform", project.platform().orElse(null));
                item.putArray("platforms").add(project.platform().orElse("other"));
                item.put("hasHealthData", false);
            }
        }
        json.putNull("firstEvent");
        json.putNull("lastEvent");
        json.putObject("currentProjectMeta");
        json.putNull("userAgent");
        return json;
    }

    /**
     * The version of the release an issue's events first carried, as Sentry's group tags record it (of values first
     * seen at the same instant, the one recorded first).
     */
    static String firstRelease(FakeState.IssueRecord record) {
        FakeState.TagCount first = null;
        for (FakeState.TagCount value : record.tags().getOrDefault("release", Map.of()).values()) {
            if (first == null || value.firstSeen().isBefore(first.firstSeen())) {
                first = value;
            }
        }
        return first == null ? null : first.value();
    }

    /** The version of the release an issue's events last carried (of ties, the one recorded last). */
    static String lastRelease(FakeState.IssueRecord record) {
        FakeState.TagCount last = null;
        for (FakeState.TagCount value : record.tags().getOrDefault("release", Map.of()).values()) {
            if (last == null || !value.lastSeen().isBefore(last.lastSeen())) {
                last = value;
            }
        }
        return last == null ? null : last.value();
    }

    /** Sentry's short form of a version: the part after {@code package@}, and a hash's first 12 characters. */
    private static String shortVersion(String version) {
        String tail = version.substring(version.indexOf('@') + 1);
        return tail.matches("[0-9a-f]{40}") ? tail.substring(0, 12) : tail;
    }
}
