package jp.office050.it.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.lines.boundary.LineQuery;
import jp.office050.lines.boundary.LineSummary;
import jp.office050.lines.boundary.Lines;
import jp.office050.mailaccounts.boundary.AdminLinks;
import jp.office050.options.boundary.OptionSettings;

/**
 * A forged request, as an attacker with a valid admin session could send one: it names any line id and calls the
 * boundary directly, skipping every check of the pages. Under /admin/, so the container requires an admin (or email
 * account) login.
 * Deployed only in the integration-test archive.
 */
@WebServlet("/admin/it/*")
public class ForgedActionServlet extends HttpServlet {

    @Inject
    Lines lines;

    @Inject
    AdminLinks adminLinks;

    @Inject
    OptionSettings settings;

    /** One page of the list as the boundary gives it ({"total", "loginIds"}). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var query = new LineQuery(
                request.getParameter("search"),
                Boolean.parseBoolean(request.getParameter("lockedOnly")),
                LineQuery.Sort.valueOf(request.getParameter("sort")),
                Boolean.parseBoolean(request.getParameter("ascending")),
                Integer.parseInt(request.getParameter("first")),
                Integer.parseInt(request.getParameter("size")));
        var ids = lines.page(query).stream().map(LineSummary::getLoginId).toList();
        JsonAnswers.write(
                response,
                Json.createObjectBuilder()
                        .add("total", lines.count(query))
                        .add("loginIds", Json.createArrayBuilder(ids))
                        .build());
    }

    /** The boundary's answer: {"done": what}, {"password": the new one} after a reset, or {"refused": why}. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonValue answer;
        try {
            answer = switch (request.getPathInfo()) {
                case "/choose" -> {
                    adminLinks.choose(request.getParameter("adminId"));
                    yield JsonAnswers.of("done", "chosen");
                }
                case "/release" -> {
                    lines.releaseLockout(lineId(request));
                    yield JsonAnswers.of("done", "released");
                }
                case "/reset" -> JsonAnswers.of("password", lines.resetPassword(lineId(request)));
                case "/proxy-open" -> {
                    settings.openProxy(lineId(request));
                    yield JsonAnswers.of("done", "opened");
                }
                default -> null;
            };
        } catch (NotPermittedException refused) {
            answer = JsonAnswers.of("refused", refused.reason().name());
        }
        JsonAnswers.write(response, answer);
    }

    private static long lineId(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("lineId"));
    }
}
