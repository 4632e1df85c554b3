package io.github.sentryclient;

import io.github.sentryclient.model.RateLimit;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list operation, with the means to fetch the next one. Sentry pages with cursors in the
 * {@code Link} header; a page has a next page only while Sentry says there are more results.
 *
 * <p>{@link #autoPaging()} and {@link #stream()} go through all items of this page and the following ones,
 * fetching each next page only when the previous one is used up and holding one page at a time, so memory does
 * not grow with the total. They stop early at {@code maxItems} when given.
 *
 * <pre>{@code
 * for (Issue issue : client.listIssues(input).autoPaging()) {
 *     ...
 * }
 * }</pre>
 *
 * @param <T> the type of the items
 */
public final class Page<T> {

    private final PageSource<T> source;
    private final List<T> items;
    private final String cursor;
    private final String nextCursor;
    private final OptionalLong totalHits;
    private final SentryResponse<Boolean> response;

    Page(PageSource<T> source, List<T> items, String cursor, String nextCursor, OptionalLong totalHits,
            SentryResponse<Boolean> response) {
        this.source = source;
        this.items = List.copyOf(items);
        this.cursor = cursor;
        this.nextCursor = nextCursor;
        this.totalHits = totalHits;
        this.response = response;
    }

    /** The items of this page, in Sentry's order. */
    public List<T> items() {
        return items;
    }

    /** Whether Sentry has more results after this page. */
    public boolean hasNextPage() {
        return nextCursor != null;
    }

    /** The cursor of the next page, when there is one; pass it back to Sentry as is. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** The cursor this page was fetched with; empty for the first page. */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * Fetches the next page.
     *
     * @throws NoSuchElementException when there is none ({@link #hasNextPage()} is false)
     */
    public Page<T> nextPage() {
        return source.fetch(requireNext());
    }

    /**
     * Fetches the next page without blocking; the future fails with {@link NoSuchElementException} when there is
     * none, and with the typed exception when the call fails.
     */
    public CompletableFuture<Page<T>> nextPageAsync() {
        if (nextCursor == null) {
            return CompletableFuture.failedFuture(noNextPage());
        }
        return source.fetchAsync(nextCursor);
    }

    /** All items from this page on, fetching the following pages lazily, one at a time. */
    public Iterable<T> autoPaging() {
        return autoPaging(Long.MAX_VALUE);
    }

    /**
     * Like {@link #autoPaging()}, stopping after {@code maxItems} items without fetching further pages.
     *
     * @throws IllegalArgumentException when {@code maxItems} is negative
     */
    public Iterable<T> autoPaging(long maxItems) {
        checkMaxItems(maxItems);
        return () -> new Items<>(this, maxItems);
    }

    /** All items from this page on as a sequential, lazy stream; see {@link #autoPaging()}. */
    public Stream<T> stream() {
        return stream(Long.MAX_VALUE);
    }

    /** Like {@link #stream()}, stopping after {@code maxItems} items without fetching further pages. */
    public Stream<T> stream(long maxItems) {
        checkMaxItems(maxItems);
        Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(new Items<>(this, maxItems),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false);
    }

    /**
     * Gives every item from this page on to {@code action}, fetching the following pages without blocking, one at
     * a time; completes with the number of items given, or fails with the first failure.
     */
    public CompletableFuture<Long> forEachAsync(Consumer<? super T> action) {
        return forEachAsync(action, Long.MAX_VALUE);
    }

    /** Like {@link #forEachAsync(Consumer)}, stopping after {@code maxItems} items. */
    public CompletableFuture<Long> forEachAsync(Consumer<? super T> action, long maxItems) {
        checkMaxItems(maxItems);
        return Operation.unwrapped(consume(this, action, maxItems, 0));
    }

    /** The total number of results Sentry reports ({@code X-Hits}), when it does. */
    public OptionalLong totalHits() {
        return totalHits;
    }

    /** What this page holds, in one line. */
    public String message() {
        return response.message();
    }

    /** The HTTP status of the exchange that produced this page. */
    public int statusCode() {
        return response.statusCode();
    }

    /** The rate-limit state Sentry reported with this page. */
    public Optional<RateLimit> rateLimit() {
        return response.rateLimit();
    }

    @Override
    public String toString() {
        return "Page{items=" + items.size() + ", cursor=" + cursor + ", nextCursor=" + nextCursor + "}";
    }

    private static <T> CompletableFuture<Long> consume(Page<T> page, Consumer<? super T> action, long maxItems,
            long done) {
        long given = done;
        for (T item : page.items) {
            if (given >= maxItems) {
                return CompletableFuture.completedFuture(given);
            }
            action.accept(item);
            given++;
        }
        if (given >= maxItems || page.nextCursor == null) {
            return CompletableFuture.completedFuture(given);
        }
        long total = given;
        return page.source.fetchAsync(page.nextCursor).thenCompose(next -> consume(next, action, maxItems, total));
    }

    private String requireNext() {
        if (nextCursor == null) {
            throw noNextPage();
        }
        return nextCursor;
    }

    private NoSuchElementException noNextPage() {
        return new NoSuchElementException("There is no next page: Sentry reported no more results after "
                + (cursor == null ? "the first page" : "cursor " + cursor));
    }

    private static void checkMaxItems(long maxItems) {
        if (maxItems < 0) {
            throw new IllegalArgumentException("maxItems must not be negative, got " + maxItems);
        }
    }

    /** Walks the items page by page, holding only the current page. */
    private static final class Items<T> implements Iterator<T> {

        private Page<T> page;
        private int index;
        private long remaining;

        Items(Page<T> first, long maxItems) {
            this.page = first;
            this.remaining = maxItems;
        }

        @Override
        public boolean hasNext() {
            while (remaining > 0 && page != null) {
                if (index < page.items.size()) {
                    return true;
                }
                String next = page.nextCursor;
                PageSource<T> source = page.source;
                // Let the used-up page go before fetching the next one.
                page = null;
                index = 0;
                if (next != null) {
                    page = source.fetch(next);
                }
            }
            return false;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more items");
            }
            remaining--;
            return page.items.get(index++);
        }
    }
}
