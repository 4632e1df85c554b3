package io.github.sentryclient.internal.api;

/**
 * The answer to a member's team role change.
 *
 * @param isActive whether the membership is active
 * @param teamRole the role now held, such as {@code admin}
 */
public record TeamRoleBody(Boolean isActive, String teamRole) {
}
