package jp.tradecert.web.input;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jp.tradecert.web.Messages;

/**
 * What PrimeFaces' text fields do not: refuse a value longer than the field's {@code maxlength}
 * instead of cutting it. PrimeFaces truncates the submitted text to {@code maxlength} when it decodes
 * it, so a 10,000-character value sent past the browser would be saved cut short, silently. Here the
 * field is marked invalid with a message at it, and nothing of the form is applied.
 */
final class WholeValue {

    private WholeValue() {
    }

    /** After the PrimeFaces renderer has decoded {@code input}: a value over its maxlength is refused. */
    static void check(FacesContext context, UIInput input, int maxlength) {
        if (maxlength <= 0 || input.getSubmittedValue() == null) {
            return;
        }
        String clientId = input.getClientId(context);
        String raw = context.getExternalContext().getRequestParameterMap().get(clientId);
        if (raw == null) {
            return;
        }
        String sent = raw.replace("\r\n", "\n");
        if (sent.codePointCount(0, sent.length()) > maxlength) {
            input.setSubmittedValue(sent);
            input.setValid(false);
            Messages.atField(clientId, "form.tooLong", maxlength);
        }
    }
}
