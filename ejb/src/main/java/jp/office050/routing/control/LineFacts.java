package jp.office050.routing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import jp.office050.contracts.entity.Contract;
import jp.office050.lines.entity.LineKind;
import jp.office050.options.entity.ForwardingSettings;
import jp.office050.options.entity.Greeting;
import jp.office050.routing.entity.CallFacts;

/**
 * Reads a called line's {@link CallFacts} as they are committed now: one indexed query by number over the line, its
 * contract and its two settings rows, in plain JDBC on the default datasource. Every incoming call asks this, so it
 * passes no persistence context, no entity and no transaction (a read of committed rows needs none); the statement is
 * the same string every time, which the drivers keep prepared per connection.
 */
@ApplicationScoped
public class LineFacts {

    static final String QUERY = "SELECT l.phone_number, l.kind, c.state, l.opt_forwarding, l.opt_anonymous_rejection,"
            + " f.forward_always, f.forward_busy, f.forward_no_answer, f.forward_unreachable, f.destination,"
            + " f.ring_seconds, f.voicemail, f.voicemail_after_rings, f.greeting, f.greeting_text, a.enabled"
            + " FROM line l JOIN contract c ON c.id = l.contract_id"
            + " LEFT JOIN forwarding_settings f ON f.line_id = l.id"
            + " LEFT JOIN anonymous_rejection_settings a ON a.line_id = l.id"
            + " WHERE l.phone_number = ?";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** The facts of the line with this number, if the portal has one. */
    public Optional<CallFacts> of(String number) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, number);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(facts(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LineFactsException(e);
        }
    }

    /** The row as the decision needs it; a line that never saved its settings has their defaults. */
    private static CallFacts facts(ResultSet row) throws SQLException {
        boolean forwardingSaved = row.getObject(6) != null;
        String greeting = row.getString(14);
        return new CallFacts(
                row.getString(1),
                LineKind.valueOf(row.getString(2)),
                Contract.State.valueOf(row.getString(3)),
                row.getBoolean(4),
                row.getBoolean(5),
                row.getBoolean(6),
                row.getBoolean(7),
                row.getBoolean(8),
                row.getBoolean(9),
                row.getString(10),
                forwardingSaved ? row.getInt(11) : ForwardingSettings.DEFAULT_RING_SECONDS,
                row.getBoolean(12),
                forwardingSaved ? row.getInt(13) : ForwardingSettings.DEFAULT_VOICEMAIL_RINGS,
                greeting == null ? Greeting.STANDARD : Greeting.valueOf(greeting),
                row.getString(15),
                row.getBoolean(16));
    }

    /** The database failed or could not be reached (the cause says which); nothing was read. */
    public static final class LineFactsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LineFactsException(SQLException cause) {
            super("Reading a line's routing facts failed", cause);
        }
    }
}
