package jp.office050.it.server;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The test-only endpoints answer in JSON: a value, or 404 for a path they do not know. Test code only. */
final class JsonAnswers {

    private JsonAnswers() {}

    static void write(HttpServletResponse response, JsonValue answer) throws IOException {
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(answer.toString());
    }

    static JsonValue of(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build();
    }

    static JsonValue of(String name, long value) {
        return Json.createObjectBuilder().add(name, value).build();
    }

    static JsonValue of(String name, boolean value) {
        return Json.createObjectBuilder().add(name, value).build();
    }
}
