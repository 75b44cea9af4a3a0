package jp.tradecert.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused a move. Each rule has its own small subclass; the web layer turns the
 * class name into a translated message ({@code error.<SimpleName>}), so users never see a stack trace.
 * Thrown from a service, it rolls the whole transaction back: nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object[] arguments;

    protected BusinessException(String message, Object... arguments) {
        super(message);
        this.arguments = arguments.clone();
    }

    /** Values for the placeholders of the translated message, in order. */
    public Object[] arguments() {
        return arguments.clone();
    }

    /** The key of the translated message. */
    public String messageKey() {
        return "error." + getClass().getSimpleName();
    }
}
