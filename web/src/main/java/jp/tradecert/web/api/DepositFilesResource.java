package jp.tradecert.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import jp.tradecert.deposit.BankFile;
import jp.tradecert.deposit.BankFileNotFoundException;
import jp.tradecert.deposit.BankFileService;

/**
 * {@code POST /api/admin/deposit-files?name=<file name>} with the file as the body: the file is kept,
 * recognised if received before, and checked whole. Answers 201 with the file's id and status
 * ({@code ACCEPTED}, {@code DUPLICATE} or {@code REJECTED}) and, for a rejected file, the errors.
 * An accepted file waits for a second staff member of the chamber: {@code POST
 * /api/admin/deposit-files/<id>/approval} (not by the one who uploaded it: 400; another chamber's file:
 * 404). Once approved it is applied by the next reconciliation its chamber's staff start, or the nightly
 * one. Both answer {@code awaitingApproval}, {@code uploadedBy} and {@code approvedBy} (user account ids).
 */
@Path("admin/deposit-files")
public class DepositFilesResource {

    /** What the upload answers. */
    public record Received(long fileId, String status, List<String> errors, boolean awaitingApproval, Long uploadedBy,
            Long approvedBy) {

        static Received of(BankFile file) {
            return new Received(file.getId(), file.getStatus().name(),
                    file.getErrors() == null ? List.of() : List.of(file.getErrors()), file.isAwaitingApproval(),
                    file.getReceivedBy(), file.getApprovedBy());
        }
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
        return Response.status(Response.Status.CREATED).entity(Received.of(file)).build();
    }

    @POST
    @Path("{id}/approval")
    @Produces(MediaType.APPLICATION_JSON)
    public Received approve(@PathParam("id") long id) {
        try {
            return Received.of(files.approve(staff.get(), id));
        } catch (BankFileNotFoundException notTheirs) {
            throw new NotFoundException("No bank file " + id);
        }
    }
}
