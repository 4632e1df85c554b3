package io.github.sentryclient;

import io.github.sentryclient.internal.Validation;
import io.github.sentryclient.model.Commit;
import io.github.sentryclient.model.CommitFile;
import io.github.sentryclient.model.CreateDeployInput;
import io.github.sentryclient.model.CreateReleaseInput;
import io.github.sentryclient.model.Deploy;
import io.github.sentryclient.model.ListReleasesInput;
import io.github.sentryclient.model.Release;
import io.github.sentryclient.model.ReleaseFile;
import io.github.sentryclient.model.UpdateReleaseInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The release operations: releases, their deploys, commits and changed files. */
final class ReleaseOperations {

    static final String LIST_RELEASES = "listReleases";
    static final String GET_RELEASE = "getRelease";
    static final String CREATE_RELEASE = "createRelease";
    static final String UPDATE_RELEASE = "updateRelease";
    static final String DELETE_RELEASE = "deleteRelease";
    static final String LIST_DEPLOYS = "listDeploys";
    static final String CREATE_DEPLOY = "createDeploy";
    static final String LIST_RELEASE_COMMITS = "listReleaseCommits";
    static final String LIST_RELEASE_COMMIT_FILES = "listReleaseCommitFiles";

    private final ClientApi client;

    ReleaseOperations(ClientApi client) {
        this.client = client;
    }

    PageSource<Release> list(ListReleasesInput input) {
        return new PageSource<>(LIST_RELEASES, "", "releases of organization " + client.org(),
                cursor -> client.api().listReleases(input.query().orElse(null), nullIfEmpty(input.projects()),
                        nullIfEmpty(input.environments()), cursor));
    }

    Operation<SentryResponse<Release>> get(String version) {
        Validation.releaseVersion("version", version);
        return Operation.call(GET_RELEASE, version, () -> client.api().getRelease(version), reply -> {
            Release release = reply.requireBody();
            return reply.respond("Release " + release.version() + ": " + release.newGroups() + " new issues, "
                    + release.commitCount() + " commits, " + release.deployCount() + " deploys", release);
        });
    }

    Operation<SentryResponse<Release>> create(CreateReleaseInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", input.version());
        body.put("projects", input.projects());
        input.ref().ifPresent(ref -> body.put("ref", ref));
        input.url().ifPresent(url -> body.put("url", url));
        input.dateReleased().ifPresent(date -> body.put("dateReleased", date));
        if (!input.refs().isEmpty()) {
            body.put("refs", input.refs());
        }
        return Operation.call(CREATE_RELEASE, input.version(), () -> client.api().createRelease(body), reply -> {
            // A release that exists already is a 208; should Sentry send it without a body, the release is still
            // there, and that is no failure.
            Release release = reply.statusCode() == 208 && reply.body() == null
                    ? Release.builder().version(input.version()).build() : reply.requireBody();
            // Sentry answers 208 when the release existed already: nothing was created, and the caller is told so.
            return reply.respond((reply.statusCode() == 208 ? "Release " + release.version() + " exists already"
                    : "Created release " + release.version()) + " in " + String.join(", ", input.projects()), release);
        });
    }

    Operation<SentryResponse<Release>> update(UpdateReleaseInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        input.ref().ifPresent(ref -> body.put("ref", ref));
        input.url().ifPresent(url -> body.put("url", url));
        input.dateReleased().ifPresent(date -> body.put("dateReleased", date));
        if (!input.refs().isEmpty()) {
            body.put("refs", input.refs());
        }
        return Operation.call(UPDATE_RELEASE, input.version(),
                () -> client.api().updateRelease(input.version(), body),
                reply -> reply.respond("Updated release " + input.version() + ": " + String.join(", ", body.keySet()),
                        reply.requireBody()));
    }

    Operation<SentryResponse<String>> delete(String version) {
        Validation.releaseVersion("version", version);
        return Operation.call(DELETE_RELEASE, version, () -> client.api().deleteRelease(version),
                reply -> reply.respond(Deletes.message("Release " + version, reply.statusCode()), version));
    }

    PageSource<Deploy> deploys(String version) {
        Validation.releaseVersion("version", version);
        return new PageSource<>(LIST_DEPLOYS, version, "deploys of release " + version,
                cursor -> client.api().listDeploys(version, cursor));
    }

    Operation<SentryResponse<Deploy>> createDeploy(CreateDeployInput input) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("environment", input.environment());
        input.name().ifPresent(name -> body.put("name", name));
        input.url().ifPresent(url -> body.put("url", url));
        input.dateStarted().ifPresent(date -> body.put("dateStarted", date));
        input.dateFinished().ifPresent(date -> body.put("dateFinished", date));
        if (!input.projects().isEmpty()) {
            body.put("projects", input.projects());
        }
        return Operation.call(CREATE_DEPLOY, input.version(),
                () -> client.api().createDeploy(input.version(), body), reply -> {
                    Deploy deploy = reply.requireBody();
                    return reply.respond("Recorded deploy " + deploy.id() + " of release " + input.version() + " to "
                            + deploy.environment(), deploy);
                });
    }

    PageSource<Commit> commits(String version) {
        Validation.releaseVersion("version", version);
        return new PageSource<>(LIST_RELEASE_COMMITS, version, "commits of release " + version,
                cursor -> client.api().listReleaseCommits(version, cursor));
    }

    PageSource<CommitFile> commitFiles(String version) {
        Validation.releaseVersion("version", version);
        return new PageSource<>(LIST_RELEASE_COMMIT_FILES, version, "files changed in release " + version,
                cursor -> client.api().listReleaseCommitFiles(version, cursor));
    }

    private static List<String> nullIfEmpty(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    PageSource<Release> projectReleases(String projectSlug) {
        Validation.slug("projectSlug", projectSlug);
        return new PageSource<>("listProjectReleases", projectSlug, "releases of project " + projectSlug,
                cursor -> client.root().listProjectReleases(client.org(), projectSlug, null, cursor));
    }

    PageSource<Commit> projectCommits(String projectSlug, String version) {
        Validation.slug("projectSlug", projectSlug);
        Validation.releaseVersion("version", version);
        return new PageSource<>("listProjectReleaseCommits", version, "commits of release " + version + " in "
                + projectSlug, cursor -> client.root().listProjectReleaseCommits(client.org(), projectSlug, version,
                        cursor));
    }

    PageSource<ReleaseFile> files(String version) {
        Validation.releaseVersion("version", version);
        return new PageSource<>("listReleaseFiles", version, "files of release " + version,
                cursor -> client.api().listReleaseFiles(version, cursor));
    }

    Operation<SentryResponse<ReleaseFile>> file(String version, String fileId) {
        Validation.releaseVersion("version", version);
        Validation.numericId("fileId", fileId);
        return Operation.call("getReleaseFile", version, () -> client.api().getReleaseFile(version, fileId),
                reply -> {
                    ReleaseFile file = reply.requireBody();
                    return reply.respond("File " + file.name() + " of release " + version + ": " + file.size()
                            + " bytes", file);
                });
    }

    Operation<SentryResponse<String>> deleteFile(String version, String fileId) {
        Validation.releaseVersion("version", version);
        Validation.numericId("fileId", fileId);
        return Operation.call("deleteReleaseFile", version, () -> client.api().deleteReleaseFile(version, fileId),
                reply -> reply.respond(Deletes.message("File " + fileId + " of release " + version,
                        reply.statusCode()), fileId));
    }

    Operation<SentryResponse<ReleaseFile>> renameFile(String version, String fileId, String name) {
        Validation.releaseVersion("version", version);
        Validation.numericId("fileId", fileId);
        Validation.maxLength("name", name, 256);
        return Operation.call("updateReleaseFile", version,
                () -> client.api().updateReleaseFile(version, fileId, Map.of("name", name)),
                reply -> reply.respond("Renamed file " + fileId + " of release " + version + " to " + name,
                        reply.requireBody()));
    }

    PageSource<ReleaseFile> projectFiles(String projectSlug, String version) {
        Validation.slug("projectSlug", projectSlug);
        Validation.releaseVersion("version", version);
        return new PageSource<>("listProjectReleaseFiles", version, "files of release " + version + " in "
                + projectSlug, cursor -> client.root().listProjectReleaseFiles(client.org(), projectSlug, version,
                        cursor));
    }

    Operation<SentryResponse<ReleaseFile>> projectFile(String projectSlug, String version, String fileId) {
        Validation.slug("projectSlug", projectSlug);
        Validation.releaseVersion("version", version);
        Validation.numericId("fileId", fileId);
        return Operation.call("getProjectReleaseFile", version,
                () -> client.root().getProjectReleaseFile(client.org(), projectSlug, version, fileId),
                reply -> reply.respond("File " + fileId + " of release " + version + " in " + projectSlug,
                        reply.requireBody()));
    }

    Operation<SentryResponse<ReleaseFile>> renameProjectFile(String projectSlug, String version, String fileId,
            String name) {
        Validation.slug("projectSlug", projectSlug);
        Validation.releaseVersion("version", version);
        Validation.numericId("fileId", fileId);
        Validation.maxLength("name", name, 256);
        return Operation.call("updateProjectReleaseFile", version,
                () -> client.root().updateProjectReleaseFile(client.org(), projectSlug, version, fileId,
                        Map.of("name", name)),
                reply -> reply.respond("Renamed file " + fileId + " of release " + version + " to " + name,
                        reply.requireBody()));
    }

    Operation<SentryResponse<String>> deleteProjectFile(String projectSlug, String version, String fileId) {
        Validation.slug("projectSlug", projectSlug);
        Validation.releaseVersion("version", version);
        Validation.numericId("fileId", fileId);
        return Operation.call("deleteProjectReleaseFile", version,
                () -> client.root().deleteProjectReleaseFile(client.org(), projectSlug, version, fileId),
                reply -> reply.respond(Deletes.message("File " + fileId + " of release " + version,
                        reply.statusCode()), fileId));
    }
}
