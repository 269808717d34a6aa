package jp.office050.platform.control;

import java.sql.SQLException;

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
}
