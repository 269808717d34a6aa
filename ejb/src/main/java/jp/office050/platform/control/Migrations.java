package jp.office050.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema of the default datasource up to date before anything else runs. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                .load()
                .migrate();
        LOG.log(
                Level.INFO,
                "Schema at version {0} ({1} migrations applied)",
                result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /**
     * {@code db/migration} for every database, and for PostgreSQL also {@code db/vendor/postgresql} (what only it has,
     * such as trigram indexes): its versions are ones the common folder leaves out.
     */
    private String[] locations() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return "PostgreSQL".equalsIgnoreCase(product)
                    ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be reached to migrate it", e);
        }
    }
}
