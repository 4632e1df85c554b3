package io.github.sentryclient.model;

import java.util.function.Function;

/** Reads the wire values of the model's enums, where any value this version does not know reads as UNKNOWN. */
final class WireValues {

    private WireValues() {
    }

    static <E extends Enum<E>> E lookup(E[] values, Function<E, String> wireValue, String value, E unknown) {
        for (E candidate : values) {
            if (candidate != unknown && wireValue.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        return unknown;
    }
}
