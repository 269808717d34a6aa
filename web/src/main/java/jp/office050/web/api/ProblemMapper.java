package jp.office050.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.List;
import jp.office050.access.boundary.NotPermittedException;
import jp.office050.contracts.entity.ConflictException;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.platform.control.Databases;
import jp.office050.provisioning.boundary.ImportRejectedException;
import jp.office050.provisioning.boundary.ImportReport;
import jp.office050.provisioning.boundary.NoSuchResourceException;
import jp.office050.provisioning.boundary.StaleVersionException;

/**
 * Every error of the API as a problem document, never an HTML page and never a stack trace: the refusals of the
 * boundaries, the HTTP layer's own (unknown path, wrong method or media type), and whatever else went wrong (500 or,
 * when the database is away, 503; in both cases nothing was stored).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            // the container's refusal of a method the token's scopes do not allow
            if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
                return Problems.of(403, "forbidden", "Forbidden", "This token's scopes do not allow this.")
                        .build();
            }
        }
        return map(unwrap(thrown)).build();
    }

    private static Response.ResponseBuilder map(Throwable e) {
        if (e instanceof ImportRejectedException rejected) {
            return importProblems(rejected.report());
        }
        if (e instanceof InvalidFieldsException invalid) {
            return Problems.of(
                    400,
                    "invalid-fields",
                    "Invalid fields",
                    "Some fields break the rules; nothing was stored.",
                    invalid.fields());
        }
        if (e instanceof BadRequestBodyException body) {
            return Problems.of(
                    body.status(),
                    body.status() == 413 ? "too-large" : "malformed-body",
                    body.status() == 413 ? "Payload too large" : "Malformed body",
                    body.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return Problems.of(
                    409,
                    "conflict",
                    "Conflict",
                    conflict.getMessage(),
                    conflict.field() == null
                            ? List.of()
                            : List.of(new InvalidField(conflict.field(), conflict.getMessage())));
        }
        if (e instanceof NoSuchResourceException missing) {
            return Problems.of(404, "not-found", "Not found", missing.getMessage());
        }
        if (e instanceof StaleVersionException stale) {
            return Problems.of(
                            412,
                            "stale-version",
                            "Precondition failed",
                            "Changed meanwhile: read it again and send its new ETag as If-Match. Nothing was changed.")
                    .tag(Versions.etag(stale.current()));
        }
        if (e instanceof OptimisticLockException) {
            return Problems.of(
                    412,
                    "stale-version",
                    "Precondition failed",
                    "Changed meanwhile: read it again and send its new ETag as If-Match. Nothing was changed.");
        }
        if (e instanceof VersionRequiredException required) {
            return Problems.of(428, "version-required", "Precondition required", required.getMessage());
        }
        if (e instanceof EJBAccessException || e instanceof NotPermittedException) {
            return Problems.of(403, "forbidden", "Forbidden", "This token's scopes do not allow this.");
        }
        if (e instanceof jakarta.ws.rs.ProcessingException) {
            return Problems.of(
                    400,
                    "malformed-request",
                    "Bad request",
                    "A header or the body could not be read as this API reads them.");
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problems.of(
                    status,
                    "http-" + status,
                    Response.Status.fromStatusCode(status) == null
                            ? "Error"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    web.getMessage());
        }
        if (Databases.duplicateKey(e)) {
            return Problems.of(
                    409,
                    "conflict",
                    "Conflict",
                    "It exists: another request created it at the same moment. Nothing was stored by this one.");
        }
        if (e instanceof PersistenceException || e instanceof java.sql.SQLException) {
            LOG.log(Level.ERROR, "API: the database failed", e);
            return Problems.of(
                    503,
                    "unavailable",
                    "Service unavailable",
                    "The database could not be reached; nothing was stored. Retry later.");
        }
        LOG.log(Level.ERROR, "API: unexpected error", e);
        return Problems.of(500, "internal", "Internal error", "Something went wrong on our side; nothing was stored.");
    }

    /** The problems of each row of a refused import: {@code errors: [{line, field, reason}]}. */
    private static Response.ResponseBuilder importProblems(ImportReport report) {
        var errors = JsonBodies.BUILDERS.createArrayBuilder();
        for (ImportReport.RowProblem problem : report.problems()) {
            var error = JsonBodies.BUILDERS
                    .createObjectBuilder()
                    .add("line", problem.line())
                    .add("reason", problem.reason());
            if (problem.field() != null) {
                error.add("field", problem.field());
            }
            errors.add(error);
        }
        var problem = JsonBodies.BUILDERS
                .createObjectBuilder()
                .add("type", "https://office050.jp/problems/import-rejected")
                .add("title", "Import rejected")
                .add("status", 400)
                .add("detail", "Some rows have problems (line 1 is the header); nothing was stored.")
                .add("rows", report.rows())
                .add("errors", errors);
        return Response.status(400)
                .type(Problems.MEDIA_TYPE)
                .entity(problem.build().toString());
    }

    /** The cause an EJB, transaction or persistence wrapper hides. */
    static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; depth < 10 && e.getCause() != null; depth++) {
            if (e instanceof EJBException
                    || e instanceof jakarta.transaction.TransactionalException
                    || e instanceof jakarta.transaction.RollbackException
                    || e.getClass().getName().startsWith("org.eclipse.persistence.exceptions")) {
                e = e.getCause();
            } else if (e instanceof PersistenceException
                    && e.getCause() instanceof RuntimeException cause
                    && (cause instanceof ConflictException || cause instanceof OptimisticLockException)) {
                e = cause;
            } else {
                break;
            }
        }
        return e;
    }
}
