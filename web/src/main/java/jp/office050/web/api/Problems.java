package jp.office050.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import jp.office050.contracts.entity.InvalidField;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): a type URI per kind of error, its title, the
 * status, what went wrong in this request, and for refused fields each field with its reason ({@code errors}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://office050.jp/problems/";

    private Problems() {}

    /**
     * The same document written straight to a servlet response, where no JAX-RS runs (the token check, a filter),
     * and committed, so that no server swaps it for an error page.
     */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        write(response, status, type, title, detail, List.of());
    }

    /** The same, with the fields that break the rules ({@code errors: [{field, reason}]}). */
    public static void write(
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            List<InvalidField> fields)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(document(status, type, title, detail, fields).toString());
        response.flushBuffer();
    }

    public static Response.ResponseBuilder of(int status, String type, String title, String detail) {
        return of(status, type, title, detail, List.of());
    }

    public static Response.ResponseBuilder of(
            int status, String type, String title, String detail, List<InvalidField> fields) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(document(status, type, title, detail, fields).toString());
    }

    private static jakarta.json.JsonObject document(
            int status, String type, String title, String detail, List<InvalidField> fields) {
        JsonObjectBuilder problem = JsonBodies.BUILDERS
                .createObjectBuilder()
                .add("type", TYPES + type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            problem.add("detail", detail);
        }
        if (!fields.isEmpty()) {
            JsonArrayBuilder errors = JsonBodies.BUILDERS.createArrayBuilder();
            for (InvalidField field : fields) {
                JsonObjectBuilder error =
                        JsonBodies.BUILDERS.createObjectBuilder().add("reason", field.reason());
                if (field.field() != null) {
                    error.add("field", field.field());
                }
                errors.add(error);
            }
            problem.add("errors", errors);
        }
        return problem.build();
    }
}
