package jp.tradecert.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import jp.tradecert.deposit.BankFile;
import jp.tradecert.deposit.BankFileService;

/**
 * {@code POST /api/admin/deposit-files?name=<file name>} with the file as the body: the file is kept,
 * recognised if received before, and checked whole. Answers 201 with the file's id and status
 * ({@code ACCEPTED}, {@code DUPLICATE} or {@code REJECTED}) and, for a rejected file, the errors.
 * An accepted file is applied by the next reconciliation started by the same chamber's staff.
 */
@Path("admin/deposit-files")
public class DepositFilesResource {

    /** What the upload answers. */
    public record Received(long fileId, String status, List<String> errors) {
    }

    @Inject
    private Staff staff;

    @EJB
    private BankFileService files;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@QueryParam("name") String name, InputStream content) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("The file's name is required: ?name=<file name>");
        }
        BankFile file = files.upload(staff.get(), name, content);
        List<String> errors = file.getErrors() == null ? List.of() : List.of(file.getErrors());
        return Response.status(Response.Status.CREATED)
                .entity(new Received(file.getId(), file.getStatus().name(), errors))
                .build();
    }
}
