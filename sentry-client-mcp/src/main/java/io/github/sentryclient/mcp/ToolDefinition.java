package io.github.sentryclient.mcp;

import io.github.sentryclient.SentryClient;
import java.util.function.BiFunction;

/**
 * One tool: its name, what an agent reads about it, the record its arguments are read into (which is also where its
 * input schema comes from), the record of its structured result (its output schema), what it does to Sentry, and
 * the code that runs it.
 *
 * @param <A> the arguments' record
 */
record ToolDefinition<A>(String name, String title, String description, Class<A> input, Class<?> output,
        Effect effect, BiFunction<SentryClient, A, ToolOutput> handler) {

    /** What a tool does to Sentry, which sets its MCP annotations. */
    enum Effect {
        /** Reads only. */
        READ(true, false, true),
        /** Changes issues to a state it names: calling it twice has the effect of calling it once. */
        UPDATE(false, false, true),
        /** Adds something each time it runs (a comment). */
        ADD(false, false, false),
        /** Changes many issues at once: review the ids before running it. */
        BULK(false, true, true);

        private final boolean readOnly;
        private final boolean destructive;
        private final boolean idempotent;

        Effect(boolean readOnly, boolean destructive, boolean idempotent) {
            this.readOnly = readOnly;
            this.destructive = destructive;
            this.idempotent = idempotent;
        }

        boolean readOnly() {
            return readOnly;
        }

        boolean destructive() {
            return destructive;
        }

        boolean idempotent() {
            return idempotent;
        }
    }

    /** The text a model reads and the structured result, an instance of {@link #output()}. */
    record ToolOutput(String text, Object structured) {
    }
}
