package jp.tradecert.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the screens: Japanese unless the user picks English with the visible switch. The
 * browser's language is deliberately not used: the chamber's manual and its staff speak Japanese, and
 * an English-speaking user asks for English once.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isJapanese() {
        return Locale.JAPANESE.equals(locale);
    }

    public String useJapanese() {
        return use(Locale.JAPANESE);
    }

    public String useEnglish() {
        return use(Locale.ENGLISH);
    }

    /** Switches the language and shows the same page again, by a redirect so a reload does not re-post. */
    private String use(Locale chosen) {
        locale = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        // the view parameters too: the same application, order or certificate, not an empty page
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
