package jp.office050.credentials.control;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most so many password hashes at once, the others waiting their turn in order of arrival. PBKDF2 keeps a core
 * busy for its whole run; with more hashes than cores at once, every one of them takes longer, and so does every
 * other request. Behind the gate, each hash takes what it needs, and pages are served between them.
 */
final class HashGate {

    private final Semaphore permits;

    HashGate(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one hash at a time");
        }
        this.permits = new Semaphore(atOnce, true);
    }

    <T> T through(Supplier<T> hash) {
        permits.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }

    /** How many hashes are waiting for their turn now. */
    int waiting() {
        return permits.getQueueLength();
    }
}
