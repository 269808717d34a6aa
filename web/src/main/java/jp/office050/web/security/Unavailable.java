package jp.office050.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answer while the database is away: 503 with a plain page that needs nothing (no database, no JSF, no session
 * state), asking to try again in a moment. Nothing of the request was stored.
 */
public final class Unavailable {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">"
            + "<title>一時的に利用できません</title></head><body><h1>一時的に利用できません</h1>"
            + "<p>しばらくしてからもう一度お試しください。入力中の内容は保存されていません。</p>"
            + "<p lang=\"en\">Temporarily unavailable: please try again in a moment. Nothing was saved.</p>"
            + "</body></html>";

    private Unavailable() {}

    /** Writes and commits the page, so that no server replaces it with an error page of its own. */
    public static void answer(HttpServletResponse response) {
        try {
            if (!response.isCommitted()) {
                response.resetBuffer();
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(PAGE);
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
