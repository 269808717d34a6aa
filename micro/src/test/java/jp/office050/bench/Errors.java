package jp.office050.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.office050.it.PortalClient;

/** Failed or wrong responses: counted, with one example of each kind for the report. */
final class Errors {

    private final Map<String, String> examples = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int total;

    synchronized void count(String error) {
        total++;
        String key = error.length() > 120 ? error.substring(0, 120) : error;
        examples.putIfAbsent(key, error);
        counts.merge(key, 1, Integer::sum);
    }

    synchronized int total() {
        return total;
    }

    /** The last lines of the report: none, or how many of each kind. */
    synchronized void print() {
        if (total == 0) {
            System.out.println("Errors: none (every response was checked: login target page, refusal message,"
                    + " data-rk rows).");
        } else {
            System.out.println(
                    "ERRORS: " + total + " failed or wrong responses; the figures above count" + " successes only.");
            examples.forEach((key, example) -> System.out.println("  " + counts.get(key) + " × " + example));
        }
    }

    /** What a page that is not the expected one says: status, path and the start of its text. */
    static String unexpected(String what, PortalClient.Page page) {
        String text = page.body()
                .replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return what + ": HTTP " + page.status() + " " + page.uri().getPath() + " - "
                + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            message += " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}
