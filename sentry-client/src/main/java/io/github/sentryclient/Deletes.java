package io.github.sentryclient;

import java.util.Locale;

/** The message of a delete, one wording for every resource. */
final class Deletes {

    private Deletes() {
    }

    /**
     * "Deleted {what}", or, when a retry found it gone (status 404 after an attempt that may have been applied),
     * that it is deleted or was already gone.
     *
     * @param what the thing, capitalised, such as {@code "Team payments"}
     */
    static String message(String what, int status) {
        return status == 404 ? what + " is deleted, or was already gone: an earlier attempt got no answer and most"
                + " likely deleted it, and the retry found nothing" : "Deleted " + what.substring(0, 1)
                .toLowerCase(Locale.ROOT) + what.substring(1);
    }
}
