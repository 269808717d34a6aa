package jp.office050.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers (a connection that proves valid within 3 s): without it nobody can sign in,
 * so a load balancer should send no one here. One check at a time asks the database: while one still waits (for a
 * connection from an exhausted pool, or a host that does not answer), the others answer DOWN at once instead of
 * piling up behind it. The check runs on the health endpoint's own thread: a managed executor's task is aborted
 * there once the instance has joined a cluster.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int LIMIT_SECONDS = 3;

    private final Semaphore asking = new Semaphore(1);

    @Resource
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        String problem = null;
        boolean up = false;
        if (!asking.tryAcquire()) {
            problem = "an earlier check is still waiting for the database";
        } else {
            try (Connection connection = database.getConnection()) {
                up = connection.isValid(LIMIT_SECONDS);
                if (!up) {
                    problem = "connection not valid";
                }
            } catch (SQLException | RuntimeException unreachable) {
                problem = unreachable.getClass().getSimpleName();
            } finally {
                asking.release();
            }
        }
        var response = HealthCheckResponse.named("database")
                .status(up)
                .withData("answeredInMs", (System.nanoTime() - started) / 1_000_000);
        if (problem != null) {
            response.withData("problem", problem);
        }
        return response.build();
    }
}
