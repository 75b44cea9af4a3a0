package jp.tradecert.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Supplier;
import jp.tradecert.platform.BusinessException;

/** Sending the browser on to the card provider's page, the one way every screen that takes a card does. */
public final class ProviderPage {

    private ProviderPage() {
    }

    /**
     * Redirects to the page {@code page} answers (registering the payment first, if it does); when it
     * is refused, the reason is shown on the current page, after {@code reload} has read it again.
     * Answers the action's outcome: none, either way.
     */
    public static String redirect(Supplier<URI> page, Runnable reload) {
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(page.get().toString());
            faces.responseComplete();
        } catch (BusinessException e) {
            Messages.error(e);
            reload.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
