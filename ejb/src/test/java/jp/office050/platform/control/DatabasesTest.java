package jp.office050.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabasesTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsUnreachable() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        var pool = new ResourceAllocationException("Error in allocating a connection", refused);
        var thrown = new EJBException(new PersistenceException(new SQLException("Error in allocating", pool)));

        assertThat(Databases.unreachable(thrown)).isTrue();
        assertThat(Databases.unreachable(new PersistenceException(refused))).isTrue();
        assertThat(Databases.unreachable(new SQLException("server closed the connection", "08006")))
                .isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(Databases.unreachable(
                        new EJBException(new PersistenceException(new SQLException("duplicate key value", "23505")))))
                .isFalse();
        assertThat(Databases.unreachable(new SQLException("no state"))).isFalse();
        assertThat(Databases.unreachable(new IllegalStateException("a bug"))).isFalse();
        assertThat(Databases.duplicateKey(new PersistenceException(new SQLException("dup", "23505"))))
                .isTrue();
    }
}
