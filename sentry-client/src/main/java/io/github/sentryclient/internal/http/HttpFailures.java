package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.error.SentryResponseException;
import io.github.sentryclient.error.SentryTransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Request;

/** Turns the {@link IOException} of a failed call into the typed exception the caller gets. */
public final class HttpFailures {

    private HttpFailures() {
    }

    /** The typed exception for a call to {@code request} that failed with {@code failure}. */
    public static SentryClientException toSentryException(IOException failure, Request request) {
        if (failure instanceof SentryErrorIOException mapped) {
            return mapped.exception();
        }
        String method = request.method();
        String path = request.url().encodedPath();
        String where = method + " " + path;
        if (failure instanceof JsonProcessingException json) {
            return new SentryResponseException("Sentry's answer to " + where + " is not the expected JSON: "
                    + ErrorMapping.oneLine(json.getOriginalMessage()), 0, "", method, path, failure);
        }
        if (failure instanceof InterruptedIOException) {
            return new SentryTransportException("Timed out waiting for Sentry on " + where + ": "
                    + ErrorMapping.oneLine(String.valueOf(failure.getMessage())), 0, "", method, path, failure);
        }
        return new SentryTransportException("Could not complete " + where + " with Sentry: "
                + failure.getClass().getSimpleName() + ": "
                + ErrorMapping.oneLine(String.valueOf(failure.getMessage())), 0, "", method, path, failure);
    }

    /**
     * The typed exception for a call that failed with {@code failure} on its last attempt, saying how many
     * attempts were made when there was more than one.
     */
    static SentryClientException toSentryException(IOException failure, Request request, int attempts) {
        SentryClientException last = toSentryException(failure, request);
        if (attempts < 2 || !(last instanceof SentryTransportException)) {
            return last;
        }
        return new SentryTransportException(last.getMessage() + " (after " + attempts + " attempts)", 0, "",
                last.method(), last.path(), failure);
    }

    /** A successful status that carried no body where one was expected. */
    public static SentryResponseException emptyBody(Request request, int statusCode) {
        String method = request.method();
        String path = request.url().encodedPath();
        return new SentryResponseException("Sentry answered " + method + " " + path + " with " + statusCode
                + " and no body, where a JSON body was expected", statusCode, "", method, path, null);
    }
}
