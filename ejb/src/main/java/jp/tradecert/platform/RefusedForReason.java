package jp.tradecert.platform;

/**
 * A refusal with several reasons (an enum of the subclass), each with its own translated message:
 * {@code error.<SimpleName>.<REASON>}. (Java allows no generic exception, so each subclass answers its own
 * enum type from {@code why()}.)
 */
public abstract class RefusedForReason extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Enum<?> reason;

    protected RefusedForReason(Enum<?> reason, String message, Object... arguments) {
        super(message, arguments);
        this.reason = reason;
    }

    protected Enum<?> reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return super.messageKey() + "." + reason.name();
    }
}
