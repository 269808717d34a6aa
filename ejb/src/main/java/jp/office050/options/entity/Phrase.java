package jp.office050.options.entity;

import java.io.Serializable;
import java.util.List;

/** One sentence of a summary: a message key of the web module's bundle and its arguments. */
public record Phrase(String key, List<String> arguments) implements Serializable {

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(
                key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
