package io.github.sentryclient.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.util.Map;

/**
 * The one place where tool schemas come from: JSON Schema 2020-12 generated from the tools' argument and result
 * records, with Jackson's annotations read for names, descriptions, required properties and enum values.
 */
final class Schemas {

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(
            new SchemaGeneratorConfigBuilder(McpJson.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                    .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                            JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                    .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                    .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                    .without(Option.SCHEMA_VERSION_INDICATOR)
                    .build());

    private Schemas() {
    }

    /** The schema of {@code type}'s JSON form, as a map for the tool definition. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Class<?> type) {
        ObjectMapper mapper = McpJson.mapper();
        return mapper.convertValue(GENERATOR.generateSchema(type), Map.class);
    }
}
