package jp.office050.web.admin;

import java.util.function.Function;
import java.util.stream.Collectors;
import jp.office050.lines.boundary.LineSummary;

/** Texts of the user number list that the screen and its CSV export write alike. */
final class ListTexts {

    private ListTexts() {}

    /**
     * A line's option services as the list names them ("転送・留守番、非通知拒否"), or that there are none; {@code text}
     * gives the bundle's text for a key.
     */
    static String services(LineSummary line, Function<String, String> text) {
        if (line.getServices().isEmpty()) {
            return text.apply("line.options.none");
        }
        return line.getServices().stream()
                .map(service -> text.apply("option.short." + service))
                .collect(Collectors.joining("、"));
    }
}
