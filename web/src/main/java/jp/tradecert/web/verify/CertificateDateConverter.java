package jp.tradecert.web.verify;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tradecert.web.Messages;

/**
 * The certificate's date as typed from the paper: {@code 2026-04-01} or {@code 2026/04/01} (month and day
 * with or without their leading zero, full-width digits as typed with a Japanese input method too). Strict:
 * a day that does not exist ({@code 2026-02-30}) is refused at the field, not quietly moved to another
 * day, which would answer "not found" for a typing slip the user could have seen.
 */
@FacesConverter(CertificateDateConverter.ID)
public class CertificateDateConverter implements Converter<LocalDate> {

    public static final String ID = "jp.tradecert.web.verify.CertificateDate";

    /** Year, then month and day with the same separator. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    /** The day the text names, or empty when it names none (a wrong form or a day the calendar lacks). */
    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher date = DATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(3)),
                    Integer.parseInt(date.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> {
            String text = Messages.text("verify.date.invalid");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
