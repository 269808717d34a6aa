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
import jp.office050.audit.boundary.AuditTrail;
import jp.office050.audit.control.AuditRetention;
import jp.office050.credentials.control.LoginAttempts;
import jp.office050.credentials.control.SecondFactorPolicy;
import jp.office050.mailaccounts.entity.MailAccountKind;
import jp.office050.options.boundary.OptionSettings;

/** Test-only endpoints to make data and read outcomes, in JSON. Deployed only in the integration-test archive. */
@WebServlet("/it/*")
public class ItSupportServlet extends HttpServlet {

    @Inject
    ItFixtures fixtures;

    @Inject
    AuditTrail audit;

    @Inject
    RecordingCallControl callControl;

    @Inject
    AuditRetention retention;

    @Inject
    SecondFactorPolicy secondFactorPolicy;

    @Inject
    LoginAttempts attempts;

    @Inject
    OptionSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonValue answer = switch (request.getPathInfo()) {
            case "/contract" ->
                fixtures.contract(
                        Integer.parseInt(request.getParameter("lines")),
                        request.getParameter("adminPassword"),
                        request.getParameter("userPassword"));
            case "/call-control" -> {
                boolean available = Boolean.parseBoolean(request.getParameter("available"));
                callControl.setAvailable(available);
                yield JsonAnswers.of("available", available);
            }
            case "/directory" -> {
                fixtures.directoryEntry(
                        request.getParameter("identifier"),
                        MailAccountKind.valueOf(request.getParameter("kind")),
                        request.getParameter("password"),
                        Boolean.parseBoolean(request.getParameter("migrated")));
                yield JsonAnswers.of("added", request.getParameter("identifier"));
            }
            case "/age-registration" -> {
                fixtures.ageRegistrationLinks(request.getParameter("address"));
                yield JsonAnswers.of("aged", request.getParameter("address"));
            }
            case "/line-count" -> {
                fixtures.lineCount(request.getParameter("contract"), Long.parseLong(request.getParameter("lines")));
                yield JsonAnswers.of("contract", request.getParameter("contract"));
            }
            case "/lock" -> {
                fixtures.lock(request.getParameter("loginId"));
                yield JsonAnswers.of("locked", request.getParameter("loginId"));
            }
            case "/age-unknown" -> JsonAnswers.of("aged", fixtures.ageUnknownIdentifiers());
            case "/forget-unknown" -> JsonAnswers.of("forgotten", attempts.forgetSpentUnknown());
            case "/expire-password" -> {
                fixtures.expireTemporaryPassword(request.getParameter("loginId"));
                yield JsonAnswers.of("expired", request.getParameter("loginId"));
            }
            case "/audit-events" ->
                JsonAnswers.of(
                        "made",
                        fixtures.pastEvents(
                                request.getParameter("adminId"),
                                Integer.parseInt(request.getParameter("count")),
                                Integer.parseInt(request.getParameter("daysAgo")),
                                request.getParameter("detail")));
            case "/audit-purge" -> JsonAnswers.of("removed", retention.purge());
            case "/second-factor-required" -> {
                boolean required = Boolean.parseBoolean(request.getParameter("required"));
                secondFactorPolicy.require(required);
                yield JsonAnswers.of("required", required);
            }
            case "/audit-log" -> {
                AuditLog.listen();
                yield JsonAnswers.of("listening", true);
            }
            default -> null;
        };
        JsonAnswers.write(response, answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonValue answer = switch (request.getPathInfo()) {
            case "/expire-session" -> {
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                yield JsonAnswers.of("expired", session != null);
            }
            case "/calls" -> callControl.requestsFrom(request.getParameter("from"));
            case "/line" -> fixtures.state(request.getParameter("loginId"));
            case "/mail-account" -> fixtures.mailAccount(request.getParameter("identifier"));
            case "/administrator" -> fixtures.administrator(request.getParameter("adminId"));
            case "/line-id" -> JsonAnswers.of("id", fixtures.lineId(request.getParameter("loginId")));
            case "/notices-waiting" -> JsonAnswers.of("count", fixtures.noticesWaiting());
            case "/unknown-count" -> JsonAnswers.of("count", fixtures.unknownIdentifiers());
            case "/my-overview" -> {
                try {
                    yield JsonAnswers.of(
                            "summary", settings.overview(null).getSummary().size());
                } catch (NotPermittedException refused) {
                    yield JsonAnswers.of("refused", refused.reason().name());
                }
            }
            case "/audit-log" -> Json.createArrayBuilder(AuditLog.lines()).build();
            case "/audit" -> {
                var events = Json.createArrayBuilder();
                audit.about(request.getParameter("target"), 200).forEach(e -> {
                    var event = Json.createObjectBuilder()
                            .add("action", e.getAction().name())
                            .add("outcome", e.getOutcome().name())
                            .add("actor", e.getActor())
                            .add("address", String.valueOf(e.getSourceAddress()));
                    if (e.getVia() != null) {
                        event.add("via", e.getVia());
                    }
                    events.add(event);
                });
                yield events.build();
            }
            default -> null;
        };
        JsonAnswers.write(response, answer);
    }
}
