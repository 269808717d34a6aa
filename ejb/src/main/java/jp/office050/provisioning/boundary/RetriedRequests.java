package jp.office050.provisioning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import jp.office050.access.control.Scopes;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.platform.control.Databases;
import jp.office050.platform.control.Sealing;
import jp.office050.platform.control.Sealing.Purpose;
import jp.office050.provisioning.control.AnswerCleanup;
import jp.office050.provisioning.control.Operators;
import jp.office050.provisioning.entity.StoredAnswer;

/**
 * {@code Idempotency-Key}: the first request with a key reserves it and, in the same transaction as its work, keeps
 * its answer; a retry with the same key and the same request gets that answer again; the same key with another request
 * is refused. Two requests with one key at the same moment: the second waits for the first and is then told to retry.
 * Answers are kept for a day.
 */
@Stateless
@RolesAllowed(Scopes.PROVISION)
public class RetriedRequests {

    /** An answer as it was first given. */
    public record Answer(int status, String location, String etag, String body) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Operators operators;

    @Inject
    Sealing sealing;

    @Inject
    Clock clock;

    /**
     * The kept answer for this key, or empty after reserving the key for this request (join the transaction of the
     * work, then {@link #keep}).
     */
    public Optional<Answer> replayOrReserve(String key, String fingerprint) {
        if (key.isEmpty()
                || key.length() > StoredAnswer.KEY_LENGTH
                || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldsException(
                    "Idempotency-Key", "must be 1 to " + StoredAnswer.KEY_LENGTH + " visible ASCII characters");
        }
        String token = operators.current().id();
        StoredAnswer stored = em.find(StoredAnswer.class, StoredAnswer.keyOf(token, key));
        if (stored != null && stored.olderThan(clock.instant().minus(AnswerCleanup.KEPT))) {
            em.remove(stored); // past its day: this is a new request
            em.flush();
            stored = null;
        }
        if (stored != null) {
            if (!stored.sameRequest(fingerprint)) {
                throw new ConflictException(
                        "Idempotency-Key", "this key was used for another request; use a new key for a new request");
            }
            return Optional.of(new Answer(
                    stored.getStatus(),
                    stored.getLocation(),
                    stored.getEtag(),
                    sealing.open(Purpose.API_ANSWERS, stored.getSealedBody())));
        }
        em.persist(new StoredAnswer(token, key, fingerprint, clock.instant()));
        try {
            em.flush(); // a concurrent request with the same key waits here for this one, then fails
        } catch (jakarta.persistence.PersistenceException failed) {
            if (!Databases.duplicateKey(failed)) {
                throw failed;
            }
            throw new ConflictException(
                    "Idempotency-Key", "a request with this key is being answered; retry it in a moment");
        }
        return Optional.empty();
    }

    public void keep(String key, Answer answer) {
        StoredAnswer stored = em.find(
                StoredAnswer.class, StoredAnswer.keyOf(operators.current().id(), key));
        stored.answered(
                answer.status(), answer.location(), answer.etag(), sealing.seal(Purpose.API_ANSWERS, answer.body()));
    }
}
