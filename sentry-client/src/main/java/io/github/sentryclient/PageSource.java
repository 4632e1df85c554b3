package io.github.sentryclient;

import io.github.sentryclient.internal.http.Reply;
import io.github.sentryclient.internal.http.SentryCall;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One list operation: how to request its page at a cursor and how to read the reply into a {@link Page}. Sync and
 * async fetching share everything but the sending.
 */
final class PageSource<T> {

    private final String operation;
    private final String subject;
    private final String what;
    private final Function<String, Operation<Page<T>>> pages;

    /**
     * Describes a list operation.
     *
     * @param operation the operation's name, for the log
     * @param subject the issue id the list belongs to, or empty
     * @param what what the items are, for the message, such as {@code "issues"} or {@code "comments on issue 1"}
     * @param request the call for the page at a cursor (null for the first page)
     */
    PageSource(String operation, String subject, String what, Function<String, SentryCall<List<T>>> request) {
        this.operation = operation;
        this.subject = subject;
        this.what = what;
        this.pages = cursor -> Operation.call(operation, subject, () -> request.apply(cursor),
                reply -> page(reply.body(), reply, cursor));
    }

    private PageSource(String operation, String subject, String what,
            BiFunction<PageSource<T>, String, Operation<Page<T>>> pages) {
        this.operation = operation;
        this.subject = subject;
        this.what = what;
        this.pages = cursor -> pages.apply(this, cursor);
    }

    /**
     * A list whose pages arrive as one type and are read into another, such as JSON items into a caller's type.
     *
     * @param convert reads one item of the reply (never null) into the page's type
     */
    static <S, T> PageSource<T> converted(String operation, String subject, String what,
            Function<String, SentryCall<List<S>>> request, BiFunction<S, Reply<List<S>>, T> convert) {
        return new PageSource<>(operation, subject, what, (source, cursor) -> Operation.call(operation, subject,
                () -> request.apply(cursor), reply -> source.page(reply.body() == null ? null : reply.body().stream()
                        .filter(Objects::nonNull).map(item -> convert.apply(item, reply)).toList(), reply, cursor)));
    }

    /** The page at {@code cursor} (null for the first), as an operation. */
    Operation<Page<T>> page(String cursor) {
        return pages.apply(cursor);
    }

    Page<T> fetch(String cursor) {
        return page(cursor).runSync();
    }

    CompletableFuture<Page<T>> fetchAsync(String cursor) {
        return page(cursor).runAsync();
    }

    private Page<T> page(List<T> body, Reply<?> reply, String cursor) {
        // A null in Sentry's array would be no item at all.
        List<T> items = body == null ? List.of() : body.stream().filter(Objects::nonNull).toList();
        String next = LinkHeader.nextCursor(reply.headers().get("Link"))
                // A server that hands back the cursor it was asked for would page forever.
                .filter(c -> !c.equals(cursor))
                .orElse(null);
        OptionalLong hits = hits(reply.headers().get("X-Hits"));
        String message = "Listed " + items.size()
                + hits.stream().mapToObj(total -> " of " + total).findFirst().orElse("") + " " + what
                + (cursor == null ? "" : " at cursor " + cursor)
                + (next == null ? "; no more pages" : "; more on the next page");
        return new Page<>(this, items, cursor, next, hits, reply.respond(message, Boolean.TRUE));
    }

    private static OptionalLong hits(String header) {
        if (header == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(header.trim()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
