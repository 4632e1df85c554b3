package io.github.sentryclient.readme.guice;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.IssueStatus;
import io.github.sentryclient.model.UpdateIssueStatusInput;
import jakarta.inject.Inject;

// README: Using with Guice
public class TriageService {

    private final SentryClient sentry;

    @Inject
    public TriageService(SentryClient sentry) {
        this.sentry = sentry;
    }

    public void resolve(String issueId) {
        sentry.updateIssueStatus(UpdateIssueStatusInput.builder()
                .issueId(issueId).status(IssueStatus.RESOLVED).build());
    }
}
