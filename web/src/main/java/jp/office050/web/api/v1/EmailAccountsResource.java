package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.office050.provisioning.boundary.EmailAccountFactors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/email-accounts/{identifier}}: what the provider does for an email account (or master ID). */
@Path("v1/email-accounts/{identifier}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "email accounts", description = "Email accounts and migrated master IDs that sign in to the portal")
public class EmailAccountsResource {

    @Inject
    EmailAccountFactors factors;

    @PathParam("identifier")
    String identifier;

    @DELETE
    @Path("second-factor")
    @Operation(
            summary = "Remove the email account's second factor",
            description = "Needs the unlock scope. For an account that lost its authenticator and recovery codes: the"
                    + " next login asks for the password only, and the account is told by mail. 404 for an unknown"
                    + " account. The portal itself never removes one.")
    public Response resetSecondFactor() {
        return Response.ok(factors.resetSecondFactor(identifier))
                .header("Cache-Control", "no-store")
                .build();
    }
}
