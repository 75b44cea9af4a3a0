package jp.tradecert.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import jp.tradecert.platform.BusinessException;

/** Puts translated messages on the page; every user-facing text comes from Messages*.properties. */
public final class Messages {

    static final String BUNDLE = "jp.tradecert.web.Messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                Thread.currentThread().getContextClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("error.unexpected");
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    public static void error(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The message of a refused business rule, by its class name ({@code error.<SimpleName>}). */
    public static void error(BusinessException refusal) {
        error(refusal.messageKey(), refusal.arguments());
    }
}
