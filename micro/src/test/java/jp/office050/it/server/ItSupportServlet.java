package jp.office050.it.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.credentials.control.LoginAttempts;
import jp.office050.mailaccounts.entity.MailAccountKind;
import jp.office050.options.boundary.OptionSettings;

/** Test-only endpoints to make data and read outcomes. Deployed only in the integration-test archive. */
@WebServlet("/it/*")
public class ItSupportServlet extends HttpServlet {

    @Inject
    ItFixtures fixtures;

    @Inject
    AuditTrail audit;

    @Inject
    RecordingCallControl callControl;

    @Inject
    LoginAttempts attempts;

    @Inject
    OptionSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String result = switch (request.getPathInfo()) {
            case "/contract" ->
                fixtures.contract(
                        Integer.parseInt(request.getParameter("lines")),
                        request.getParameter("adminPassword"),
                        request.getParameter("userPassword"));
            case "/call-control" -> {
                callControl.setAvailable(Boolean.parseBoolean(request.getParameter("available")));
                yield "ok";
            }
            case "/directory" -> {
                fixtures.directoryEntry(
                        request.getParameter("identifier"),
                        MailAccountKind.valueOf(request.getParameter("kind")),
                        request.getParameter("password"),
                        Boolean.parseBoolean(request.getParameter("migrated")));
                yield "added";
            }
            case "/age-registration" -> {
                fixtures.ageRegistrationLinks(request.getParameter("address"));
                yield "aged";
            }
            case "/lock" -> {
                fixtures.lock(request.getParameter("loginId"));
                yield "locked";
            }
            case "/age-unknown" -> Integer.toString(fixtures.ageUnknownIdentifiers());
            case "/forget-unknown" -> Integer.toString(attempts.forgetSpentUnknown());
            case "/expire-password" -> {
                fixtures.expireTemporaryPassword(request.getParameter("loginId"));
                yield "expired";
            }
            case "/audit-log" -> {
                AuditLog.listen();
                yield "listening";
            }
            default -> null;
        };
        write(response, result);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String result = switch (request.getPathInfo()) {
            case "/expire-session" -> {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                yield "expired";
            }
            case "/calls" -> String.join("\n", callControl.requestsFrom(request.getParameter("from")));
            case "/line" -> fixtures.state(request.getParameter("loginId"));
            case "/mail-account" -> fixtures.mailAccount(request.getParameter("identifier"));
            case "/administrator" -> fixtures.administrator(request.getParameter("adminId"));
            case "/line-id" -> Long.toString(fixtures.lineId(request.getParameter("loginId")));
            case "/unknown-count" -> Long.toString(fixtures.unknownIdentifiers());
            case "/my-overview" -> {
                try {
                    yield "summary " + settings.overview(null).getSummary().size();
                } catch (NotPermittedException refused) {
                    yield "refused " + refused.reason();
                }
            }
            case "/audit-log" -> String.join("\u0000", AuditLog.lines());
            case "/audit" ->
                audit.about(request.getParameter("target"), 200).stream()
                        .map(e -> e.getAction() + " " + e.getOutcome() + " " + e.getActor()
                                + (e.getVia() == null ? "" : " via " + e.getVia()) + " " + e.getSourceAddress())
                        .collect(Collectors.joining("\n"));
            default -> null;
        };
        write(response, result);
    }

    static void write(HttpServletResponse response, String body) throws IOException {
        if (body == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(body);
    }
}
