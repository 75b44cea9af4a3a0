package jp.tradecert.web.input;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/** PrimeFaces' {@code p:inputTextarea}, refusing a value over its maxlength instead of cutting it ({@link WholeValue}). */
public class WholeInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        WholeValue.check(context, (UIInput) component, ((InputTextarea) component).getMaxlength());
    }
}
