package jp.office050.platform.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Optional;
import jp.office050.platform.entity.PortalSecret;

/**
 * Secrets the instances of a cluster must share (a key for keyed hashes): read from the database, or made there
 * (256 random bits) by the first instance that needs one. Two instances making the same secret at once both end up
 * with the one that was stored first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PortalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] get(String name) {
        PortalSecrets tx = self.getBusinessObject(PortalSecrets.class);
        return tx.read(name).orElseGet(() -> {
            try {
                tx.create(name);
            } catch (EJBException madeMeanwhile) {
                // another instance stored it first: use that one
            }
            return tx.read(name).orElseThrow();
        });
    }

    public Optional<byte[]> read(String name) {
        return Optional.ofNullable(em.find(PortalSecret.class, name)).map(PortalSecret::bytes);
    }

    public void create(String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        em.persist(new PortalSecret(name, secret));
        em.flush();
    }
}
