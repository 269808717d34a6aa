package jp.office050.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;

/**
 * Before the REST runtime sees a request of the API: a {@code Content-Type} or {@code Accept} that is no media type
 * (or two {@code Content-Type}s) gets a problem document, not the runtime's empty 400 or a server error.
 */
@WebFilter("/api/*")
public class MalformedHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var contentTypes = Collections.list(request.getHeaders("Content-Type"));
        String problem = null;
        if (contentTypes.size() > 1) {
            problem = "Send one Content-Type.";
        } else if (!contentTypes.isEmpty() && !mediaType(contentTypes.get(0))) {
            problem = "Content-Type is no media type.";
        } else if (!Collections.list(request.getHeaders("Accept")).stream()
                .flatMap(accept -> java.util.Arrays.stream(accept.split(",")))
                .filter(each -> !each.isBlank())
                .allMatch(MalformedHeaders::mediaType)) {
            problem = "Accept lists something that is no media type.";
        }
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, 400, "malformed-header", "Malformed header", problem);
    }

    private static boolean mediaType(String value) {
        try {
            MediaType type = MediaType.valueOf(value.strip());
            return type != null
                    && !type.getType().isEmpty()
                    && !type.getSubtype().isEmpty();
        } catch (RuntimeException notOne) {
            return false;
        }
    }
}
