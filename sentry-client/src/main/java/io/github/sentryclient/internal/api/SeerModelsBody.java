package io.github.sentryclient.internal.api;

import java.util.List;

/**
 * The body of Seer's model list.
 *
 * @param models the names of the models Seer uses
 */
public record SeerModelsBody(List<String> models) {
}
