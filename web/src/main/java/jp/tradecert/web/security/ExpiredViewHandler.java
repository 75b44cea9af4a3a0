package jp.tradecert.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import jp.tradecert.web.Messages;
import org.primefaces.csp.CspException;

/**
 * A form posted from a page whose view is no longer kept (the session's views are a bounded list, a view
 * state made up or tampered with is none of them) is sent back to the same page by a GET, with a message
 * that it was reloaded, instead of a server error. Nothing of such a post is applied: without its view no
 * value is taken. So is a post that did not come from the page's scripts (PrimeFaces' CSP mode refuses to
 * answer a post without the page's nonce, which its scripts add: a scanner's or a hand-made request),
 * whose answer would otherwise be a server error too. Only the request's own path is used, never a
 * header, so the redirect cannot leave the site. Ajax requests are left to PrimeFaces, which sends them
 * to the sign-in page.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                if (unanswerable(events.next().getContext().getException())) {
                    events.remove();
                    reload(faces);
                    break;
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean unanswerable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    private static void reload(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            Messages.afterRedirect(FacesMessage.SEVERITY_WARN, "page.expired");
            external.redirect(request.getRequestURI());
            faces.responseComplete();
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "could not send an expired view back to its page: " + e);
        }
    }

    /** Registered in faces-config.xml, around the handler of PrimeFaces and Mojarra. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
