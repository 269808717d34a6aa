package jp.office050.notices.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import jp.office050.platform.entity.Utc;

/**
 * A notice by mail waiting to be sent (the outbox): written in the transaction of what it tells, so that it exists
 * exactly when that committed, and sent afterwards by {@code NoticeDelivery}, again after a failure, a little later
 * each time, until it is sent or given up.
 */
@Entity
@Table(name = "notice")
@NamedQueries({
    @NamedQuery(
            name = Notice.DUE,
            query = "SELECT n.id FROM Notice n WHERE n.sentAt IS NULL AND n.givenUpAt IS NULL"
                    + " AND n.nextAttemptAt <= :now ORDER BY n.nextAttemptAt"),
    @NamedQuery(
            name = Notice.SENT_BEFORE,
            query = "DELETE FROM Notice n WHERE (n.sentAt IS NOT NULL AND n.sentAt < :before)"
                    + " OR (n.givenUpAt IS NOT NULL AND n.givenUpAt < :before)")
})
public class Notice {

    public static final String DUE = "Notice.due";
    public static final String SENT_BEFORE = "Notice.sentBefore";

    /** Attempts before a notice is given up (with the default first delay of a minute, about four hours). */
    public static final int MAX_ATTEMPTS = 8;

    /** While one instance sends a notice, no other takes it. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final int ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "notice_ids", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_ids")
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "given_up_at")
    private LocalDateTime givenUpAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected Notice() {}

    public Notice(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = Utc.column(now);
        this.nextAttemptAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean isGivenUp() {
        return givenUpAt != null;
    }

    /** Whether it is waiting and its time has come (nobody else is sending it). */
    public boolean isDue(Instant now) {
        return sentAt == null
                && givenUpAt == null
                && !Utc.instant(nextAttemptAt).isAfter(now);
    }

    /** Taken for an attempt: no other instance takes it for a while (the version tells who was first). */
    public void claim(Instant now) {
        attempts++;
        nextAttemptAt = Utc.column(now.plus(LEASE));
    }

    public void sent(Instant now) {
        sentAt = Utc.column(now);
        lastError = null;
    }

    /** The attempt failed: the next one after {@code firstDelay}, doubled for every attempt so far (at most 1 hour). */
    public void failed(Instant now, String error, Duration firstDelay) {
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts >= MAX_ATTEMPTS) {
            givenUpAt = Utc.column(now);
            return;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 12));
        if (delay.compareTo(Duration.ofHours(1)) > 0) {
            delay = Duration.ofHours(1);
        }
        nextAttemptAt = Utc.column(now.plus(delay));
    }

    public Instant nextAttemptAt() {
        return Utc.instant(nextAttemptAt);
    }
}
