package io.github.sentryclient.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of the command line's {@code --json} output: the model types, indented, dates as ISO-8601 text, absent
 * values left out. The command line only writes JSON; reading Sentry's answers is the client's business.
 */
final class CliJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
    private static final ObjectWriter OUTPUT = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);

    private CliJson() {
    }

    /** The mapper, for reading the output back in tests. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The writer of {@code --json} output. */
    static ObjectWriter output() {
        return OUTPUT;
    }
}
