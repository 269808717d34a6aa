package jp.office050.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Base64;

/** A secret all instances of the portal share, made once (random) and kept in the database. */
@Entity
@Table(name = "portal_secret")
public class PortalSecret {

    @Id
    @Column(length = 40)
    private String name;

    @Column(nullable = false, length = 100)
    private String secret;

    protected PortalSecret() {}

    public PortalSecret(String name, byte[] secret) {
        this.name = name;
        this.secret = Base64.getEncoder().encodeToString(secret);
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(secret);
    }
}
