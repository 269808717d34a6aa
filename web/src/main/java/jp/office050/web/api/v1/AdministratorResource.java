package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import jp.office050.provisioning.boundary.AdministratorView;
import jp.office050.provisioning.boundary.ContractAdministrators;
import jp.office050.provisioning.boundary.RetriedRequests.Answer;
import jp.office050.provisioning.boundary.Versioned;
import jp.office050.web.api.IdempotentCalls;
import jp.office050.web.api.JsonBodies;
import jp.office050.web.api.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/contracts/{contract}/administrator}: the contract's administrator ID (管理者ID). */
@Path("v1/contracts/{contract}/administrator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administrator", description = "The administrator ID of a contract, as the opening guide gives it")
public class AdministratorResource {

    @Inject
    ContractAdministrators administrators;

    @Inject
    IdempotentCalls idempotent;

    @Context
    UriInfo uri;

    @PathParam("contract")
    String contract;

    @POST
    @Operation(
            summary = "Issue the administrator ID",
            description = "Body (optional): {adminId}; without it the "
                    + "portal makes one. The answer holds the initial password, once: the administrator must change it at "
                    + "the first login. 409 when the contract has one, or has no option services. Safe to retry with an "
                    + "Idempotency-Key.")
    public Response issue(@HeaderParam("Idempotency-Key") String key, InputStream in) {
        byte[] body = JsonBodies.read(in, JsonBodies.MAX_JSON);
        return idempotent.answer(key, "POST", uri.getPath(), body, () -> {
            var fields = new JsonBodies.Fields(JsonBodies.object(body));
            String adminId = fields.string("adminId");
            fields.check();
            Versioned<AdministratorView> issued = administrators.issue(contract, adminId);
            String location = uri.getBaseUriBuilder()
                    .path("v1/contracts/{contract}/administrator")
                    .build(contract)
                    .toString();
            return new Answer(201, location, Versions.header(issued.version()), JsonBodies.json(issued.body()));
        });
    }

    @GET
    @Operation(summary = "Read the administrator ID", description = "Its state: password, lock, last login.")
    public Response read() {
        return ContractsResource.ok(administrators.find(contract));
    }

    @POST
    @Path("password")
    @Operation(
            summary = "Re-issue the initial password",
            description = "The old password stops working; the new "
                    + "one is in the answer, once, and must be changed at the next login. Safe to retry with an "
                    + "Idempotency-Key.")
    public Response reissue(@HeaderParam("Idempotency-Key") String key) {
        return idempotent.answer(key, "POST", uri.getPath(), new byte[0], () -> {
            Versioned<AdministratorView> issued = administrators.reissuePassword(contract);
            return new Answer(200, null, Versions.header(issued.version()), JsonBodies.json(issued.body()));
        });
    }

    @POST
    @Path("unlock")
    @Operation(summary = "Release the administrator ID's lockout", description = "Needs the unlock scope.")
    public Response unlock() {
        return ContractsResource.ok(administrators.unlock(contract));
    }

    @DELETE
    @Path("second-factor")
    @Operation(
            summary = "Remove the administrator ID's second factor",
            description = "Needs the unlock scope. For an administrator who lost the authenticator and its recovery"
                    + " codes: the next login asks for the password only. The portal itself never removes one.")
    public Response resetSecondFactor() {
        return ContractsResource.ok(administrators.resetSecondFactor(contract));
    }
}
