package jp.tradecert.platform;

/** A move that must say why (a hold, a chamber's adjustment) was asked for without a reason. */
public class ReasonRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReasonRequiredException() {
        super("A reason is required");
    }

    public static void check(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequiredException();
        }
    }
}
