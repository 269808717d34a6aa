package jp.office050.platform.control;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** What a database's refusal means, the same on PostgreSQL and H2. */
public final class Databases {

    private Databases() {}

    /** A unique constraint refused an insert (SQLState 23505), somewhere in the causes of {@code thrown}. */
    public static boolean duplicateKey(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database could not be reached, somewhere in the causes of {@code thrown}: no connection (SQLState class 08,
     * as PostgreSQL's driver and H2 say it), or the server's pool could not allocate one. Nothing was read or written.
     */
    public static boolean unreachable(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof ResourceException
                    || (e instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }
}
