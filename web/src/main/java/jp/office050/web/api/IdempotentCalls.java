package jp.office050.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import jp.office050.provisioning.boundary.RetriedRequests;
import jp.office050.provisioning.boundary.RetriedRequests.Answer;

/**
 * A creating request made safe to retry: with an {@code Idempotency-Key}, the work and its kept answer commit in one
 * transaction, and a retry with the same key and body gets the first answer (the same status, location and body)
 * without doing the work again.
 */
@RequestScoped
public class IdempotentCalls {

    @Inject
    RetriedRequests retried;

    @Transactional
    public Response answer(String key, String method, String path, byte[] body, Supplier<Answer> work) {
        if (key == null) {
            return response(work.get()).build();
        }
        String fingerprint = fingerprint(method, path, body);
        Optional<Answer> first = retried.replayOrReserve(key, fingerprint);
        if (first.isPresent()) {
            return response(first.get()).header("Idempotent-Replayed", "true").build();
        }
        Answer answer = work.get();
        retried.keep(key, answer);
        return response(answer).build();
    }

    private static Response.ResponseBuilder response(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).header("Cache-Control", "no-store");
        if (answer.location() != null) {
            response.header("Location", answer.location());
        }
        if (answer.etag() != null) {
            response.header("ETag", answer.etag());
        }
        if (answer.body() != null) {
            response.type("application/json").entity(answer.body());
        }
        return response;
    }

    private static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
