package jp.office050.web.api.v1;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import jp.office050.provisioning.boundary.ImportJobView;
import jp.office050.provisioning.boundary.ImportReport.ImportedLine;
import jp.office050.provisioning.boundary.LineImports;
import jp.office050.provisioning.boundary.NoSuchResourceException;
import jp.office050.provisioning.control.ImportJobs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/imports/{id}}: an import whose initial passwords a background job makes. Only the token that
 * imported sees it.
 */
@Path("v1/imports/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "imports", description = "Imports of lines whose initial passwords are made in the background")
public class ImportsResource {

    @Inject
    LineImports imports;

    @Inject
    ImportJobs jobs;

    @PathParam("id")
    String id;

    @GET
    @Operation(
            summary = "How the import stands",
            description = "state (queued, running, stopped, failed, "
                    + "completed), total lines, done (lines with a password).")
    public ImportJobView read() {
        return jobs.view(imports.find(importId()));
    }

    @GET
    @Path("passwords")
    @Produces("text/csv")
    @Operation(
            summary = "The initial passwords made",
            description = "CSV (UTF-8): number, loginId, initialPassword; "
                    + "every line once the import is completed. Kept a day.")
    public Response passwords() {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("number", "loginId", "initialPassword");
            for (ImportedLine line : imports.passwords(importId())) {
                csv.printRecord(line.number(), line.loginId(), line.initialPassword());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("resume")
    @Operation(summary = "Resume a stopped or failed import", description = "Its job takes up the lines still waiting.")
    public ImportJobView resume() {
        long importId = importId();
        jobs.resume(imports.control(importId, "resume"));
        return jobs.view(imports.find(importId));
    }

    @POST
    @Path("stop")
    @Operation(summary = "Stop a running import", description = "After the chunk in hand; resume it later.")
    public ImportJobView stop() {
        long importId = importId();
        jobs.stop(imports.control(importId, "stop"));
        return jobs.view(imports.find(importId));
    }

    private long importId() {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notAnId) {
            throw new NoSuchResourceException("no import " + id);
        }
    }
}
