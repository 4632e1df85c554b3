package io.github.sentryclient;

import io.github.sentryclient.support.Fixtures;
import mockwebserver3.MockResponse;

/**
 * The response bodies the tests feed the client, under {@code src/test/resources/fixtures/}, each with the
 * operation and status that answers it, so that the contract tests can check every one against Sentry's schema.
 */
enum ContractFixtures {
    ISSUE("issue.json", "GET", "/api/0/organizations/acme/issues/123456/", 200),
    ISSUE_RESOLVED("issue-resolved.json", "PUT", "/api/0/organizations/acme/issues/123456/", 200),
    ISSUE_ASSIGNED("issue-assigned.json", "PUT", "/api/0/organizations/acme/issues/123456/", 200),
    COMMENT("comment.json", "POST", "/api/0/organizations/acme/issues/123456/comments/", 201),
    COMMENT_LABEL("comment-label.json", "POST", "/api/0/organizations/acme/issues/123456/comments/", 201),
    COMMENTS("comments.json", "GET", "/api/0/organizations/acme/issues/123456/comments/", 200),
    TAG_VALUES("tag-values.json", "GET", "/api/0/organizations/acme/issues/123456/tags/environment/values/", 200),
    ISSUE_LIST("breadth/issue-list.json", "GET", "/api/0/organizations/acme/issues/", 200),
    ISSUE_ARCHIVED("breadth/issue-archived.json", "PUT", "/api/0/organizations/acme/issues/4502/", 200),
    BULK_UPDATE_DELTA("breadth/bulk-update-delta.json", "PUT", "/api/0/organizations/acme/issues/", 200),
    TRIAGE_COMMENTS("breadth/comments.json", "GET", "/api/0/organizations/acme/issues/4501/comments/", 200),
    COMMENT_UPDATED("breadth/comment-updated.json", "PUT", "/api/0/organizations/acme/issues/4501/comments/90210/",
            200),
    ISSUE_TAGS("breadth/issue-tags.json", "GET", "/api/0/organizations/acme/issues/4501/tags/", 200),
    RELEASE_VALUES("breadth/tag-values.json", "GET", "/api/0/organizations/acme/issues/4501/tags/release/values/",
            200),
    EVENTS("breadth/events.json", "GET", "/api/0/organizations/acme/issues/4501/events/", 200),
    EVENT_LATEST("breadth/event-latest.json", "GET", "/api/0/organizations/acme/issues/4501/events/latest/", 200),
    HASHES("breadth/hashes.json", "GET", "/api/0/organizations/acme/issues/4501/hashes/", 200),
    SHORT_ID("breadth/shortid.json", "GET", "/api/0/organizations/acme/shortids/CHECKOUT-2F/", 200),
    PROJECTS("breadth/projects.json", "GET", "/api/0/organizations/acme/projects/", 200),
    MEMBERS("breadth/members.json", "GET", "/api/0/organizations/acme/members/", 200),
    ORGANIZATION("breadth/organization.json", "GET", "/api/0/organizations/acme/", 200),
    ASSIGN_NOT_MEMBER("breadth/error-assign-not-member.json", "PUT", "/api/0/organizations/acme/issues/4501/", 400);

    private final String file;
    private final String method;
    private final String path;
    private final int status;

    ContractFixtures(String file, String method, String path, int status) {
        this.file = file;
        this.method = method;
        this.path = path;
        this.status = status;
    }

    String file() {
        return file;
    }

    String method() {
        return method;
    }

    /** The path of the request this body answers. */
    String path() {
        return path;
    }

    int status() {
        return status;
    }

    String body() {
        return Fixtures.read(file);
    }

    /** A scripted answer with this body, status and Sentry's JSON content type. */
    MockResponse response() {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body()).build();
    }
}
