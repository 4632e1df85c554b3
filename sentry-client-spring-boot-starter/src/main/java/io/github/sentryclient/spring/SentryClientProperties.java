package io.github.sentryclient.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sentry-api.*} properties from which {@link SentryClientAutoConfiguration} builds the client. The
 * auto-configuration is active once {@code sentry-api.auth-token} is set; {@code sentry-api.org} is then required.
 */
@ConfigurationProperties(SentryClientProperties.PREFIX)
public class SentryClientProperties {

    static final String PREFIX = "sentry-api";

    /** Auth token (a user token or an internal integration's token); the client is created only when it is set. */
    private String authToken;

    /** Organization slug, such as acme. */
    private String org;

    /** Default project slug. */
    private String project;

    /** Where Sentry is: https://sentry.io, a region such as https://de.sentry.io, or a self-hosted URL. */
    private String baseUrl = "https://sentry.io";

    /** How long to wait to connect. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long to wait for each read or write on the connection. */
    private Duration readTimeout = Duration.ofSeconds(30);

    /** Overall deadline of one call, retries and waits included. */
    private Duration callTimeout = Duration.ofSeconds(60);

    /** How many times a failed call is retried, 0 to 10 (default 3); a write that may have been applied never is. */
    private Integer maxRetries;

    /** The auth token. */
    public String getAuthToken() {
        return authToken;
    }

    /** Sets the auth token. */
    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    /** The organization slug. */
    public String getOrg() {
        return org;
    }

    /** Sets the organization slug. */
    public void setOrg(String org) {
        this.org = org;
    }

    /** The default project slug. */
    public String getProject() {
        return project;
    }

    /** Sets the default project slug. */
    public void setProject(String project) {
        this.project = project;
    }

    /** Where Sentry is. */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Sets where Sentry is. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The connect timeout. */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** The read and write timeout. */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /** Sets the read and write timeout. */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** The overall deadline of one call. */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /** Sets the overall deadline of one call. */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** How many times a failed call is retried; null for the client's default. */
    public Integer getMaxRetries() {
        return maxRetries;
    }

    /** Sets how many times a failed call is retried. */
    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public String toString() {
        return "SentryClientProperties{org=" + org + ", project=" + project + ", baseUrl=" + baseUrl + "}";
    }
}
