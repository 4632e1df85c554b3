package io.github.sentryclient.readme.spring;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.model.AddCommentInput;
import org.springframework.stereotype.Service;

// README: Using with Spring Boot
@Service
public class TriageService {

    private final SentryClient sentry;

    public TriageService(SentryClient sentry) {
        this.sentry = sentry;
    }

    public void note(String issueId, String text) {
        sentry.addComment(AddCommentInput.builder().issueId(issueId).comment(text).build());
    }
}
