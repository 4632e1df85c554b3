package io.github.sentryclient;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Sentry's cursor pagination from the {@code Link} header: the next cursor, only while the next link says
 * {@code results="true"}. The cursor attribute is used rather than the link's URL, which may name another host.
 */
final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<[^>]*>((?:\\s*;\\s*[A-Za-z]+=\"[^\"]*\")*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    private LinkHeader() {
    }

    static Optional<String> nextCursor(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            String rel = null;
            String results = null;
            String cursor = null;
            Matcher attribute = ATTRIBUTE.matcher(link.group(1));
            while (attribute.find()) {
                switch (attribute.group(1)) {
                    case "rel" -> rel = attribute.group(2);
                    case "results" -> results = attribute.group(2);
                    case "cursor" -> cursor = attribute.group(2);
                    default -> {
                        // other attributes do not matter here
                    }
                }
            }
            if ("next".equals(rel)) {
                return "true".equals(results) && cursor != null && !cursor.isEmpty()
                        ? Optional.of(cursor) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
