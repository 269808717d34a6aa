package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import jp.office050.provisioning.boundary.ContractOrder;
import jp.office050.provisioning.boundary.ContractView;
import jp.office050.provisioning.boundary.Contracts;
import jp.office050.provisioning.boundary.Page;
import jp.office050.provisioning.boundary.RetriedRequests.Answer;
import jp.office050.provisioning.boundary.Versioned;
import jp.office050.web.api.IdempotentCalls;
import jp.office050.web.api.JsonBodies;
import jp.office050.web.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/contracts}: the provider's contracts. */
@Path("v1/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts", description = "Basic contracts (基本契約番号), their customer and option services")
public class ContractsResource {

    @Inject
    Contracts contracts;

    @Inject
    IdempotentCalls idempotent;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open a contract",
            description = "Body: {number, customerName, services[]}. 201 with the "
                    + "contract; 409 when the number exists. Safe to retry with an Idempotency-Key.")
    public Response open(@HeaderParam("Idempotency-Key") String key, InputStream in) {
        byte[] body = JsonBodies.read(in, JsonBodies.MAX_JSON);
        return idempotent.answer(key, "POST", uri.getPath(), body, () -> {
            var fields = new JsonBodies.Fields(JsonBodies.object(body));
            var order = new ContractOrder(
                    fields.string("number"), fields.string("customerName"), fields.strings("services"));
            fields.check();
            Versioned<ContractView> opened = contracts.open(order);
            return created(opened);
        });
    }

    @GET
    @Operation(summary = "List the contracts that are not cancelled", description = "By number; offset and limit.")
    public Page<ContractView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return contracts.list(paging.offset(), paging.limit());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "Read a contract", description = "With its ETag, for a later If-Match.")
    public Response read(@PathParam("number") String number) {
        return ok(contracts.find(number));
    }

    @PATCH
    @Path("{number}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Rename a contract's customer", description = "Body: {customerName}. Needs If-Match.")
    public Response rename(
            @PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, InputStream in) {
        Long expected = Versions.expected(ifMatch);
        var fields = new JsonBodies.Fields(JsonBodies.object(JsonBodies.read(in, JsonBodies.MAX_JSON)));
        String name = fields.string("customerName");
        fields.check();
        return ok(contracts.rename(number, expected, name));
    }

    @POST
    @Path("{number}/suspend")
    @Operation(
            summary = "Suspend a contract",
            description = "Its administrator and lines can no longer sign in or "
                    + "act until it is resumed. Needs If-Match.")
    public Response suspend(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(contracts.suspend(number, Versions.expected(ifMatch)));
    }

    @POST
    @Path("{number}/resume")
    @Operation(summary = "Resume a suspended contract", description = "Needs If-Match.")
    public Response resume(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(contracts.resume(number, Versions.expected(ifMatch)));
    }

    @POST
    @Path("{number}/cancel")
    @Operation(
            summary = "Cancel a contract",
            description = "For good: kept for the audit trail, listed nowhere, " + "nobody signs in. Needs If-Match.")
    public Response cancel(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(contracts.cancel(number, Versions.expected(ifMatch)));
    }

    private Answer created(Versioned<ContractView> opened) {
        String location = uri.getBaseUriBuilder()
                .path("v1/contracts/{number}")
                .build(opened.body().number())
                .toString();
        return new Answer(201, location, Versions.header(opened.version()), JsonBodies.json(opened.body()));
    }

    static Response ok(Versioned<?> versioned) {
        return Response.ok(versioned.body())
                .tag(Versions.etag(versioned.version()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
