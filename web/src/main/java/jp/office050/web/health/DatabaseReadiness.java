package jp.office050.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers (within 3 s): without it nobody can sign in, so a load balancer should send
 * no one here. Asked on its own thread, so that a pool waiting for a connection cannot hold the health check.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final long LIMIT_SECONDS = 3;

    @Resource
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        Future<Boolean> answer = executor.submit(() -> {
            try (Connection connection = database.getConnection()) {
                return connection.isValid((int) LIMIT_SECONDS);
            }
        });
        String problem = null;
        boolean up = false;
        try {
            up = answer.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            if (!up) {
                problem = "connection not valid";
            }
        } catch (TimeoutException slow) {
            answer.cancel(true);
            problem = "no answer within " + LIMIT_SECONDS + " s";
        } catch (ExecutionException failed) {
            problem = failed.getCause().getClass().getSimpleName();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
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
