package jp.office050.it.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.lines.boundary.LineQuery;
import jp.office050.lines.boundary.LineSummary;
import jp.office050.lines.boundary.Lines;
import jp.office050.mailaccounts.boundary.AdminLinks;
import jp.office050.options.boundary.OptionSettings;
import jp.office050.web.admin.proxy.ProxyGrants;

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

    @Inject
    ProxyGrants grants;

    /** One page of the list as the boundary gives it: "total loginId1 loginId2 …"; /grants: proxy grants held. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/grants".equals(request.getPathInfo())) {
            ItSupportServlet.write(response, Integer.toString(grants.size()));
            return;
        }
        var query = new LineQuery(
                request.getParameter("search"),
                Boolean.parseBoolean(request.getParameter("lockedOnly")),
                LineQuery.Sort.valueOf(request.getParameter("sort")),
                Boolean.parseBoolean(request.getParameter("ascending")),
                Integer.parseInt(request.getParameter("first")),
                Integer.parseInt(request.getParameter("size")));
        String ids = lines.page(query).stream().map(LineSummary::getLoginId).collect(Collectors.joining(" "));
        ItSupportServlet.write(response, (lines.count(query) + " " + ids).strip());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String result;
        try {
            if ("/choose".equals(request.getPathInfo())) {
                adminLinks.choose(request.getParameter("adminId"));
                ItSupportServlet.write(response, "chosen");
                return;
            }
            long lineId = Long.parseLong(request.getParameter("lineId"));
            result = switch (request.getPathInfo()) {
                case "/release" -> {
                    lines.releaseLockout(lineId);
                    yield "released";
                }
                case "/reset" -> "reset " + lines.resetPassword(lineId);
                case "/proxy-open" -> {
                    settings.openProxy(lineId);
                    yield "opened";
                }
                default -> null;
            };
        } catch (NotPermittedException refused) {
            result = "refused " + refused.reason();
        }
        ItSupportServlet.write(response, result);
    }
}
