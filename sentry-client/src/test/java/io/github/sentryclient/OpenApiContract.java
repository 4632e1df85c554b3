package io.github.sentryclient;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import io.swagger.v3.oas.models.PathItem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sentry's published OpenAPI schema as a validator, loaded once per JVM from the path in the system property
 * {@code sentry.openapi}, with the one documented allow-list of places where the schema is known to be wrong or
 * incomplete. Counts what it validated, so that the suite can report it.
 */
final class OpenApiContract {

    static final String PROPERTY = "sentry.openapi";
    static final String DEFAULT_PATH = "../shared/sentry-api/openapi/openapi-derefed.json";

    /** A route the schema does not describe at all: the validator reports these keys. */
    private static final List<String> PATH_MISSING = List.of("validation.request.path.missing",
            "validation.response.path.missing");

    /**
     * Every known deviation between Sentry's schema and Sentry's real behaviour, one entry each with the reason.
     * Nothing else is switched off.
     */
    enum AllowList {
        UPDATE_BODY_REQUIRED("The issue PUT body schema (single and bulk) lists every field as required, and its"
                + " statusDetails every condition; those lists are generator artefacts, Sentry validates the body"
                + " with partial=True (REFERENCE.md 3b, openapi/PROVENANCE.md)",
                allOf(isRequest(), methodIs(PathItem.HttpMethod.PUT),
                        pathContainsRegexp("^/api/0/organizations/[^/]+/issues/([^/]+/)?$"),
                        onlyRequiredMissing())),
        COMMENTS_NOT_IN_SCHEMA("Comments (notes) are not in the published schema (publish status PRIVATE), yet"
                + " Sentry's UI and MCP client use them (REFERENCE.md 3c)",
                allOf(anyKey(PATH_MISSING),
                        messageFinds("'/api/0/organizations/[^/]+/issues/[^/]+/(comments|notes)/([^/]+/)?'"))),
        ISSUE_TAGS_NOT_IN_SCHEMA("The list of an issue's tag keys (GET .../issues/{id}/tags/) is not in the published"
                + " schema, only one key's details and values are (REFERENCE.md 3d)",
                allOf(anyKey(PATH_MISSING), messageFinds("'/api/0/organizations/[^/]+/issues/[^/]+/tags/'"))),
        PROJECT_SLUGS_UNREADABLE("The schema allows project ids or slugs (anyOf integer, string) in the issue"
                + " stream's project parameter, but the validator parses each value as JSON and cannot read a slug",
                allOf(isRequest(), pathContainsRegexp("^/api/0/organizations/[^/]+/issues/$"),
                        messageHasKey("validation.request.parameter.schema.invalidJson"))),
        EVENT_IDS_NOT_IN_ENUM("The schema's event id enum lists only latest, oldest and recommended; Sentry also"
                + " takes a 32-hex event id there (REFERENCE.md 3g)",
                allOf(isRequest(), pathContainsRegexp("/issues/[^/]+/events/[^/]+/$"),
                        messageHasKey("validation.request.parameter.schema.enum"),
                        messageFinds("value \\(\"[0-9a-fA-F]{32}\"\\) not found"))),
        FULL_EVENTS_IN_LIST("With full=true the event list returns whole events (entries, contexts,"
                + " dateReceived, and the kind in type instead of event.type: EventSerializer rather than"
                + " SimpleEventSerializer in src/sentry/api/serializers/models/event.py); the schema describes only"
                + " the short items", allOf(isResponse(), pathContainsRegexp("/issues/[^/]+/events/$"),
                        wholeEventInList())),
        CURSOR_NOT_DECLARED("Tag values are cursor-paginated (Link header, REFERENCE.md 6) but the schema does not"
                + " declare the cursor query parameter",
                allOf(isRequest(), pathContainsRegexp("/tags/[^/]+/values/$"),
                        messageHasKey("validation.request.parameter.query.unexpected"))),
        MEMBER_QUERY_NOT_DECLARED("The members list reads a query parameter (email:, id:, user.id:, role: ...) that"
                + " its schema does not declare (listOrganizationMembers declares only the cursor); Sentry's"
                + " OrganizationMemberIndexEndpoint.get in src/sentry/core/endpoints/organization_member_index.py"
                + " filters by it", allOf(isRequest(), methodIs(PathItem.HttpMethod.GET),
                        pathContainsRegexp("^/api/0/organizations/[^/]+/members/$"),
                        messageHasKey("validation.request.parameter.query.unexpected"),
                        messageFinds("Query parameter 'query' is unexpected"))),
        GROUP_QUERY_NOT_DECLARED("The issue stream selects issues exactly by the repeatable group parameter, which"
                + " listOrganizationIssues does not declare; the bulk update looks its ids up with it (Sentry's"
                + " OrganizationGroupIndexEndpoint.get, src/sentry/issues/endpoints/organization_group_index.py,"
                + " reads group ids before the search)", allOf(isRequest(), methodIs(PathItem.HttpMethod.GET),
                        pathContainsRegexp("^/api/0/organizations/[^/]+/issues/$"),
                        messageHasKey("validation.request.parameter.query.unexpected"),
                        messageFinds("Query parameter 'group' is unexpected"))),
        RATE_LIMIT_NOT_DECLARED("Any route may answer 429 from the rate limiter (REFERENCE.md 5); the schema lists no"
                + " 429", allOf(isResponse(), responseStatusIs(429),
                        messageHasKey("validation.response.status.unknown"))),
        SERVER_ERRORS_NOT_DECLARED("Any route may answer 5xx from Sentry or its proxies (REFERENCE.md 4); the schema"
                + " lists none", allOf(isResponse(), anyStatus(500, 502, 503, 504),
                        messageHasKey("validation.response.status.unknown"))),
        COMMIT_FILES_BODY_NOT_DECLARED("The published schema gives the 200 of \"Retrieve Files Changed in a"
                + " Release's Commits\" no body, yet Sentry's CommitFileChangeEndpoint.get answers a page of"
                + " CommitFileChange items (and its current source declares them in extend_schema)",
                allOf(isResponse(), responseStatusIs(200),
                        pathContainsRegexp("^/api/0/organizations/[^/]+/releases/[^/]+/commitfiles/$"),
                        messageHasKey("validation.response.body.unexpected"))),
        PROJECT_TAG_VALUES_SHORT("The schema gives a project's tag values only a name; Sentry's TagValueSerializer"
                + " answers key, name, value, count, firstSeen and lastSeen there, as the issue tag values route"
                + " declares", allOf(isResponse(), responseStatusIs(200),
                        pathContainsRegexp("^/api/0/projects/[^/]+/[^/]+/tags/[^/]+/values/$"),
                        messageHasKey("validation.response.body.schema.additionalProperties"))),
        PROJECT_STREAM_SHORT("The schema describes the project-scoped issue stream with the old, short issue shape;"
                + " Sentry's ProjectGroupIndexEndpoint serializes with the stream serializer, as the organization's"
                + " stream does, and so adds the stream's fields (priority, substatus, lifetime, inbox, ...)",
                allOf(isResponse(), methodIs(PathItem.HttpMethod.GET), responseStatusIs(200),
                        pathContainsRegexp("^/api/0/projects/[^/]+/[^/]+/issues/$"),
                        messageHasKey("validation.response.body.schema.additionalProperties"))),
        PROJECT_BULK_SHORT("The schema describes the project-scoped bulk update with its old fields (no priority) and"
                + " requires status, statusDetails and isPublic in its answer; Sentry's ProjectGroupIndexEndpoint.put"
                + " validates with the same GroupValidator and runs the same update_groups as the organization route,"
                + " so it takes priority and answers the delta of what changed",
                allOf(methodIs(PathItem.HttpMethod.PUT), pathContainsRegexp("^/api/0/projects/[^/]+/[^/]+/issues/$"),
                        anyKey(List.of("validation.request.body.schema.additionalProperties",
                                "validation.response.body.schema.additionalProperties",
                                "validation.response.body.schema.required")))),
        RELEASE_EXISTS_BODY_NOT_DECLARED("The schema gives createOrganizationRelease's 208 (the release exists) no"
                + " body; Sentry's OrganizationReleasesEndpoint.post answers it with the release, as it does the 201",
                allOf(isResponse(), methodIs(PathItem.HttpMethod.POST), responseStatusIs(208),
                        pathContainsRegexp("^/api/0/organizations/[^/]+/releases/$"),
                        messageHasKey("validation.response.body.unexpected"))),
        ERROR_BODIES_NOT_DECLARED("The schema gives 400/401/403/404 answers no body, yet Sentry sends its error"
                + " shapes ({\"detail\": ...} or a field map, REFERENCE.md 4)",
                allOf(isResponse(), anyStatus(400, 401, 403, 404), messageHasKey(
                        "validation.response.body.unexpected")));

        private final String reason;
        private final WhitelistRule rule;
        private final AtomicInteger uses = new AtomicInteger();

        AllowList(String reason, WhitelistRule rule) {
            this.reason = reason;
            this.rule = (message, operation, request, response) -> {
                boolean matches = rule.matches(message, operation, request, response);
                // Only an error it lets through is an excuse; matching a message that would pass anyway is not.
                if (matches && message.getLevel() == ValidationReport.Level.ERROR) {
                    uses.incrementAndGet();
                }
                return matches;
            };
        }

        /** How many validation messages this entry excused so far. */
        int uses() {
            return uses.get();
        }

        String reason() {
            return reason;
        }
    }

    private static volatile OpenApiContract instance;
    private static volatile String unavailable;

    private final OpenApiInteractionValidator validator;
    private final Path schema;
    private final long loadMillis;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger responses = new AtomicInteger();
    private final AtomicInteger outsideSchema = new AtomicInteger();

    private OpenApiContract(Path schema) {
        long start = System.nanoTime();
        ValidationErrorsWhitelist allowList = ValidationErrorsWhitelist.create();
        for (AllowList entry : AllowList.values()) {
            allowList = allowList.withRule(entry.name() + ": " + entry.reason(), entry.rule);
        }
        // The validator only informs about a query parameter the schema does not declare; a misspelt or invented
        // parameter is a real contract break, so it counts as an error like any other.
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(schema.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build())
                .withWhitelist(allowList)
                .build();
        this.schema = schema;
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The validator, loaded on first use; empty (with {@link #unavailableReason()}) when the schema is absent. */
    static synchronized Optional<OpenApiContract> get() {
        if (instance == null && unavailable == null) {
            Path schema = Path.of(System.getProperty(PROPERTY, DEFAULT_PATH));
            if (Files.isRegularFile(schema)) {
                instance = new OpenApiContract(schema.toAbsolutePath().normalize());
            } else {
                unavailable = "Contract tests NOT run: Sentry's OpenAPI schema was not found at "
                        + schema.toAbsolutePath().normalize() + " (point -D" + PROPERTY + "=... at"
                        + " openapi-derefed.json)";
            }
        }
        return Optional.ofNullable(instance);
    }

    static String unavailableReason() {
        return unavailable;
    }

    /**
     * Validates a request the client sent.
     *
     * @return the problems found that the allow-list does not excuse, one line each
     */
    List<String> validateRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
            String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        headers.forEach(request::withHeader);
        for (String pair : rawQuery == null || rawQuery.isEmpty() ? new String[0] : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            request.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)),
                    eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        ValidationReport report = validator.validateRequest(request.build());
        count(report, requests);
        return problems("request " + method + " " + path, report);
    }

    /**
     * Validates a response the client was fed, as the answer to {@code method path}.
     *
     * @return the problems found that the allow-list does not excuse, one line each
     */
    List<String> validateResponse(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method),
                response.build());
        count(report, responses);
        return problems("response " + status + " to " + method + " " + path, report);
    }

    int requestsValidated() {
        return requests.get();
    }

    int responsesValidated() {
        return responses.get();
    }

    int outsideSchema() {
        return outsideSchema.get();
    }

    long loadMillis() {
        return loadMillis;
    }

    Path schema() {
        return schema;
    }

    private void count(ValidationReport report, AtomicInteger counter) {
        boolean outside = report.getMessages().stream().anyMatch(m -> PATH_MISSING.contains(m.getKey()));
        (outside ? outsideSchema : counter).incrementAndGet();
    }

    private static List<String> problems(String what, ValidationReport report) {
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                problems.add(what + ": [" + message.getKey() + "] " + message.getMessage()
                        + message.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                                .collect(Collectors.joining("; ", " ", "")));
            }
        }
        return problems;
    }

    /** What the schema says of a whole event in the list: the extra fields, and event.type missing. */
    private static WhitelistRule wholeEventInList() {
        String extra = "[\"contexts\",\"dateReceived\",\"entries\",\"type\"]";
        return (message, operation, request, response) -> switch (message.getKey()) {
            case "validation.response.body.schema.additionalProperties" -> message.getMessage().contains(extra);
            case "validation.response.body.schema.required" -> message.getMessage().contains("([\"event.type\"])");
            default -> false;
        };
    }

    /** A missing-required-properties message, also when nested in an allOf (such as statusDetails). */
    private static WhitelistRule onlyRequiredMissing() {
        return (message, operation, request, response) -> onlyRequired(message);
    }

    private static boolean onlyRequired(ValidationReport.Message message) {
        return switch (message.getKey()) {
            case "validation.request.body.schema.required" -> true;
            case "validation.request.body.schema.allOf" -> !message.getNestedMessages().isEmpty()
                    && message.getNestedMessages().stream().allMatch(OpenApiContract::onlyRequired);
            default -> false;
        };
    }

    private static WhitelistRule anyKey(List<String> keys) {
        return (message, operation, request, response) -> keys.contains(message.getKey());
    }

    private static WhitelistRule messageFinds(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return (message, operation, request, response) -> pattern.matcher(message.getMessage()).find();
    }

    private static WhitelistRule anyStatus(int... statuses) {
        return (message, operation, request, response) -> response != null
                && Arrays.stream(statuses).anyMatch(s -> s == response.getStatus());
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
