package io.github.sentryclient.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The fake's own JSON configuration, apart from the client's, so that a bug in the client's mapping cannot hide
 * behind the same bug in the fake's answers.
 */
final class FakeJson {

    private static final ObjectMapper MAPPER = newMapper();

    private FakeJson() {
    }

    /** The thread-safe mapper. */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper newMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                // Sentry adds fields over time; they must never break reading.
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
        // A JSON null reads as "absent": Optional attributes stay empty and defaults apply.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP));
        return mapper;
    }
}
