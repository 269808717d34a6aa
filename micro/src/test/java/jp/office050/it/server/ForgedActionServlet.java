package jp.office050.it.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.audit.entity.AuditEvent.Action;
import jp.office050.audit.entity.AuditEvent.Outcome;
import jp.office050.history.boundary.History;
import jp.office050.history.boundary.HistoryQuery;
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
    History history;

    @Inject
    AdminLinks adminLinks;

    @Inject
    OptionSettings settings;

    /** One page of the list as the boundary gives it ({"total", "loginIds"}). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/history".equals(request.getPathInfo())) {
            JsonAnswers.write(response, history(request));
            return;
        }
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

    /**
     * One page of the audit trail as the boundary gives it for any filter the request names: {"entries": ["contract
     * ACTION OUTCOME actor target detail", …], "older": whether there is an older page}, or {"refused": why}.
     */
    private JsonValue history(HttpServletRequest request) {
        try {
            var query = new HistoryQuery(
                    request.getParameter("contract"),
                    request.getParameter("line"),
                    enumOf(Action.class, request.getParameter("action")),
                    enumOf(Outcome.class, request.getParameter("outcome")),
                    request.getParameter("actor"),
                    dayOf(request.getParameter("from")),
                    dayOf(request.getParameter("to")));
            var page = history.page(query, null);
            var entries = Json.createArrayBuilder();
            page.getEntries()
                    .forEach(e -> entries.add(e.getContractNumber() + " " + e.getAction() + " " + e.getOutcome() + " "
                            + e.getActor() + " " + e.getTarget() + " " + e.getDetail()));
            return Json.createObjectBuilder()
                    .add("entries", entries)
                    .add("older", page.getOlder() != null)
                    .build();
        } catch (NotPermittedException refused) {
            return JsonAnswers.of("refused", refused.reason().name());
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null || name.isEmpty() ? null : Enum.valueOf(type, name);
    }

    private static LocalDate dayOf(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static long lineId(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("lineId"));
    }
}
