package jp.office050.it;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run ({@code it.database=postgres}), skips a test class by name when no PostgreSQL answers, before
 * Arquillian starts a server; otherwise makes the run's database afresh, once per run. The H2 run always proceeds.
 */
public class DatabaseAvailable implements ExecutionCondition {

    private static Boolean prepared;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgres".equals(System.getProperty("it.database"))) {
            return ConditionEvaluationResult.enabled("embedded H2");
        }
        String where = env("DB_HOST") + ":" + env("DB_PORT");
        return prepare()
                ? ConditionEvaluationResult.enabled("PostgreSQL at " + where)
                : ConditionEvaluationResult.disabled("SKIPPED: no PostgreSQL at " + where + " for the PostgreSQL run");
    }

    private static synchronized boolean prepare() {
        if (prepared == null) {
            prepared = recreateDatabase();
        }
        return prepared;
    }

    private static boolean recreateDatabase() {
        String url = "jdbc:postgresql://" + env("DB_HOST") + ":" + env("DB_PORT") + "/postgres";
        String database = env("DB_NAME");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (var connection = DriverManager.getConnection(url, env("DB_USER"), env("DB_PASSWORD"));
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database);
            return true;
        } catch (SQLException unreachable) {
            System.err.println("PostgreSQL run skipped: " + unreachable.getMessage());
            return false;
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set (failsafe sets it)");
        }
        return value;
    }
}
