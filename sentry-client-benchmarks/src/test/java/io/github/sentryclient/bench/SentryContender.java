package io.github.sentryclient.bench;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.AddCommentInput;
import io.github.sentryclient.model.GetIssueInput;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import java.util.concurrent.CompletableFuture;

/** This client, as a user writes it: inputs built per call, default configuration (Logbook attached). */
final class SentryContender implements Contender {

    private final SentryClient client;
    private final boolean async;

    SentryContender(String baseUrl, boolean async) {
        this.client = SentryClient.builder().authToken(TOKEN).orgSlug(ORG).baseUrl(baseUrl).build();
        this.async = async;
    }

    @Override
    public Object getIssue() {
        return async ? getIssueAsync().join() : client.getIssue(GetIssueInput.builder().issueId(ISSUE_ID).build());
    }

    @Override
    public Object updateIssueStatus() {
        return async ? updateIssueStatusAsync().join() : client.updateIssueStatus(UpdateIssueStatusInput.builder()
                .issueId(ISSUE_ID).status(IssueStatus.RESOLVED).build());
    }

    @Override
    public Object addComment() {
        return async ? addCommentAsync().join() : client.addComment(AddCommentInput.builder()
                .issueId(ISSUE_ID).comment(COMMENT).build());
    }

    @Override
    public CompletableFuture<?> getIssueAsync() {
        return client.async().getIssue(GetIssueInput.builder().issueId(ISSUE_ID).build());
    }

    @Override
    public CompletableFuture<?> updateIssueStatusAsync() {
        return client.async().updateIssueStatus(UpdateIssueStatusInput.builder()
                .issueId(ISSUE_ID).status(IssueStatus.RESOLVED).build());
    }

    @Override
    public CompletableFuture<?> addCommentAsync() {
        return client.async().addComment(AddCommentInput.builder().issueId(ISSUE_ID).comment(COMMENT).build());
    }

    @Override
    public void close() {
        client.close();
    }
}
