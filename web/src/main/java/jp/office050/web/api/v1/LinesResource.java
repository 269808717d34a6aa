package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.provisioning.boundary.ContractLines;
import jp.office050.provisioning.boundary.LineImports;
import jp.office050.provisioning.boundary.LineOrder;
import jp.office050.provisioning.boundary.LineView;
import jp.office050.provisioning.boundary.Page;
import jp.office050.provisioning.boundary.RetriedRequests.Answer;
import jp.office050.provisioning.boundary.Versioned;
import jp.office050.provisioning.control.ImportJobs;
import jp.office050.provisioning.control.LineCsv;
import jp.office050.web.api.ApiCalls;
import jp.office050.web.api.Csv;
import jp.office050.web.api.IdempotentCalls;
import jp.office050.web.api.JsonBodies;
import jp.office050.web.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/contracts/{contract}/lines}: a contract's lines (ログインID and 050 number). */
@Path("v1/contracts/{contract}/lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lines", description = "The lines of a contract: 050 number, login ID, display name, option services")
public class LinesResource {

    private static final System.Logger LOG = System.getLogger(LinesResource.class.getName());

    @Inject
    ContractLines lines;

    @Inject
    IdempotentCalls idempotent;

    @Inject
    LineImports imports;

    @Inject
    ImportJobs jobs;

    @Context
    UriInfo uri;

    @PathParam("contract")
    String contract;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a line",
            description = "Body: {number, loginId, displayName, kind (ordinary | "
                    + "multiple-number), services[], initialPassword (true: generate one, returned once)}. 409 when the number "
                    + "or login ID exists. Safe to retry with an Idempotency-Key.")
    public Response add(@HeaderParam("Idempotency-Key") String key, InputStream in) {
        byte[] body = JsonBodies.read(in, JsonBodies.MAX_JSON);
        return idempotent.answer(key, "POST", uri.getPath(), body, () -> {
            var fields = new JsonBodies.Fields(JsonBodies.object(body));
            var order = new LineOrder(
                    fields.string("number"),
                    fields.string("loginId"),
                    fields.string("displayName"),
                    fields.string("kind"),
                    fields.strings("services"),
                    fields.bool("initialPassword"));
            fields.check();
            Versioned<LineView> added = lines.add(contract, order);
            String location = uri.getBaseUriBuilder()
                    .path("v1/contracts/{contract}/lines/{number}")
                    .build(contract, added.body().number())
                    .toString();
            return new Answer(201, location, Versions.header(added.version()), JsonBodies.json(added.body()));
        });
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @Operation(
            summary = "Import lines from CSV",
            description = "UTF-8 CSV with a header row: number, loginId, displayName (required), kind, services "
                    + "(optional; services separated by spaces or semicolons). dryRun=true checks every row and stores "
                    + "nothing (200 with each row's problems); otherwise all rows are stored or, if any has a problem, "
                    + "none (400 with the problems). passwords=true generates initial passwords: up to 20 rows at once "
                    + "(201, in the answer), more in a background job (202, Location: /api/v1/imports/{id}). Safe to "
                    + "retry with an Idempotency-Key.")
    public Response importLines(
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("passwords") boolean passwords,
            @HeaderParam("Idempotency-Key") String key,
            InputStream in) {
        byte[] body = JsonBodies.read(in, ApiCalls.MAX_CSV);
        LineCsv.Parsed parsed = LineCsv.parse(Csv.reader(body));
        if (dryRun) {
            return Response.ok(imports.dryRun(contract, parsed)).build();
        }
        long[] background = {0};
        Response answer = idempotent.answer(key, "POST", uri.getRequestUri().toString(), body, () -> {
            var report = imports.run(contract, parsed, passwords);
            if (report.job() != null) { // the passwords come from a background job: follow it there
                background[0] = report.job().id();
                String location = uri.getBaseUriBuilder()
                        .path("v1/imports/{id}")
                        .build(report.job().id())
                        .toString();
                return new Answer(202, location, null, JsonBodies.json(report));
            }
            return new Answer(201, null, null, JsonBodies.json(report));
        });
        if (background[0] != 0) { // committed (and not a replay): its job starts now, from here (see ImportJobs)
            try {
                jobs.start(background[0]);
            } catch (RuntimeException notStarted) { // the lines are stored: the import waits, queued, for a resume
                LOG.log(
                        System.Logger.Level.ERROR,
                        "Import " + background[0] + ": the password job did not start",
                        notStarted);
            }
        }
        return answer;
    }

    @GET
    @Operation(
            summary = "List or search a contract's lines",
            description = "By number; q matches a part of the " + "number, login ID or display name; offset and limit.")
    public Page<LineView> list(
            @QueryParam("q") String search, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return lines.list(contract, search, paging.offset(), paging.limit());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "Read a line", description = "With its ETag, for a later If-Match.")
    public Response read(@PathParam("number") String number) {
        return ContractsResource.ok(lines.find(contract, number));
    }

    @PATCH
    @Path("{number}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Rename a line", description = "Body: {displayName}. Needs If-Match.")
    public Response rename(
            @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, InputStream in) {
        Long expected = Versions.expected(ifMatch);
        var fields = new JsonBodies.Fields(JsonBodies.object(JsonBodies.read(in, JsonBodies.MAX_JSON)));
        String name = fields.string("displayName");
        fields.check();
        return ContractsResource.ok(lines.rename(contract, number, expected, name));
    }

    @PUT
    @Path("{number}/services")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a line's option services",
            description = "Body: {services[]}, among those its contract " + "subscribes to. Needs If-Match.")
    public Response subscribe(
            @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, InputStream in) {
        Long expected = Versions.expected(ifMatch);
        var fields = new JsonBodies.Fields(JsonBodies.object(JsonBodies.read(in, JsonBodies.MAX_JSON)));
        List<String> services = fields.strings("services");
        fields.check();
        if (services == null) {
            throw new InvalidFieldsException("services", "is required: the whole list ([] for none)");
        }
        return ContractsResource.ok(lines.subscribe(contract, number, expected, services));
    }

    @POST
    @Path("{number}/unlock")
    @Operation(summary = "Release a line's lockout", description = "Needs the unlock scope.")
    public Response unlock(@PathParam("number") String number) {
        return ContractsResource.ok(lines.unlock(contract, number));
    }

    @DELETE
    @Path("{number}")
    @Operation(
            summary = "Remove a line",
            description = "With its settings, address book and call history; the audit "
                    + "trail keeps what happened. Needs If-Match.")
    public Response remove(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        lines.remove(contract, number, Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
