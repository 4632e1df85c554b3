package io.github.sentryclient;

/**
 * The operation definitions of one client, by Sentry resource; both facades call the same ones.
 *
 * @param client the API they share
 * @param issues issue operations
 * @param comments comment operations
 * @param tags tag operations
 * @param events event operations
 * @param organization organization operations
 * @param releases release operations
 * @param teams team operations
 * @param projects project operations
 * @param explore event search and traces
 * @param seer Seer's autofix
 * @param requests requests to any route
 */
record Resources(ClientApi client, IssueOperations issues, CommentOperations comments, TagOperations tags,
        EventOperations events, OrganizationOperations organization, ReleaseOperations releases,
        TeamOperations teams, ProjectOperations projects, ExploreOperations explore, SeerOperations seer,
        RequestOperations requests) {

    static Resources of(ClientApi client) {
        CommentOperations comments = new CommentOperations(client);
        return new Resources(client, new IssueOperations(client), comments, new TagOperations(client, comments),
                new EventOperations(client), new OrganizationOperations(client), new ReleaseOperations(client),
                new TeamOperations(client), new ProjectOperations(client), new ExploreOperations(client),
                new SeerOperations(client), new RequestOperations(client));
    }
}
