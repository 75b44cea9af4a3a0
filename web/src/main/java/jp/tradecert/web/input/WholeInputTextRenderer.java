package jp.tradecert.web.input;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/** PrimeFaces' {@code p:inputText}, refusing a value over its maxlength instead of cutting it ({@link WholeValue}). */
public class WholeInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        WholeValue.check(context, (UIInput) component, ((InputText) component).getMaxlength());
    }
}
