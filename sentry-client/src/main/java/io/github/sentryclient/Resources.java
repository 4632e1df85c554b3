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
 */
record Resources(ClientApi client, IssueOperations issues, CommentOperations comments, TagOperations tags,
        EventOperations events, OrganizationOperations organization) {

    static Resources of(ClientApi client) {
        CommentOperations comments = new CommentOperations(client);
        return new Resources(client, new IssueOperations(client), comments, new TagOperations(client, comments),
                new EventOperations(client), new OrganizationOperations(client));
    }
}
