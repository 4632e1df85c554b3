package io.github.sentryclient.internal.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one JSON configuration of the client: lenient when reading Sentry's responses, compact when writing. */
final class Json {

    private static final ObjectMapper MAPPER = newMapper();

    private Json() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
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
        mapper.addHandler(new UnreadableField());
        return mapper;
    }

    /**
     * A field of an answer whose value is not of its type (Sentry's schema types some numbers as any string, and
     * older or self-hosted versions drift) is read as absent, with a WARN line naming it, rather than failing the
     * whole answer: a write Sentry applied is not reported as failed because of a display field.
     */
    static final class UnreadableField extends DeserializationProblemHandler {

        private static final Logger LOG = LoggerFactory.getLogger(Json.class);

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                String failure) throws IOException {
            return absent(context, targetType, "'" + value + "'");
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number value,
                String failure) throws IOException {
            return absent(context, targetType, String.valueOf(value));
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                JsonParser parser, String failure) throws IOException {
            if (context.getParser().currentName() == null || token == JsonToken.START_ARRAY
                    && targetType.isCollectionLikeType()) {
                return NOT_HANDLED;
            }
            parser.skipChildren();
            return absent(context, targetType.getRawClass(), "a " + token.asString());
        }

        private static Object absent(DeserializationContext context, Class<?> targetType, String value)
                throws IOException {
            String field = context.getParser().currentName();
            if (field == null) {
                return NOT_HANDLED;
            }
            LOG.warn("sentry answer: field '{}' is {} where {} was expected; it is read as absent", field,
                    value.length() > 60 ? value.substring(0, 60) + "..." : value, targetType.getSimpleName());
            return targetType.isPrimitive() ? primitiveDefault(targetType) : null;
        }

        /** The value a primitive field has when absent (boxed, each its own type). */
        private static Object primitiveDefault(Class<?> type) {
            if (type == boolean.class) {
                return Boolean.FALSE;
            }
            if (type == long.class) {
                return Long.valueOf(0);
            }
            if (type == double.class) {
                return Double.valueOf(0);
            }
            return Integer.valueOf(0);
        }
    }
}
