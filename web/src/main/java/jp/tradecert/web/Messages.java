package jp.tradecert.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.tradecert.platform.BusinessException;

/** Puts translated messages on the page; every user-facing text comes from Messages*.properties. */
public final class Messages {

    static final String BUNDLE = "jp.tradecert.web.Messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        // the user's choice, not the view's locale: a view action runs before the view's locale is set
        Locale locale = CDI.current().select(LocaleSelection.class).get().getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("error.unexpected");
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void error(String key, Object... arguments) {
        global(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** What an action did, for the page's global messages. */
    public static void info(String key, Object... arguments) {
        global(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void global(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }

    /** A message for the page a redirect leads to (kept in the flash across the redirect). */
    public static void afterRedirect(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(severity, text(key, arguments), null));
    }

    /** A message at one input (by its client id); the request counts as failed validation. */
    public static void atField(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    /** The message of a refused business rule, by its class name ({@code error.<SimpleName>}). */
    public static void error(BusinessException refusal) {
        error(refusal.messageKey(), refusal.arguments());
    }
}
