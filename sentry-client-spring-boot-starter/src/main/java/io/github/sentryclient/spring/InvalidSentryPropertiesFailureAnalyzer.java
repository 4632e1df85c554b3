package io.github.sentryclient.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports an {@link InvalidSentryPropertiesException} as Spring Boot's short startup report instead of a stack of
 * bean creation errors. Registered in {@code META-INF/spring.factories}.
 */
final class InvalidSentryPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSentryPropertiesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSentryPropertiesException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
