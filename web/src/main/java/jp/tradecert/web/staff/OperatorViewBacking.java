package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.LocaleSelection;

/**
 * The operator's choice of the chamber it looks at (運営者: reads every chamber's console, changes nothing):
 * from then on every console page reads that chamber, and the page starts over at the chamber's dashboard.
 */
@Named
@ViewScoped
public class OperatorViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A chamber in the operator's list: its code and how it reads (code and name). */
    public record Choice(String code, String label) implements Serializable {
        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private AccountService accounts;

    private List<Choice> chambers = List.of();
    private String chamberCode;

    @PostConstruct
    void load() {
        if (!currentUser.isOperator()) {
            return;
        }
        chamberCode = currentUser.get().chamberCode().value();
        chambers = accounts.chambersFor(currentUser.get()).stream()
                .map(chamber -> new Choice(chamber.getCode().value(), label(chamber)))
                .toList();
    }

    private String label(Chamber chamber) {
        return chamber.getCode().value() + " " + chamber.name(localeSelection.getLocale());
    }

    /** Looks at the chamber chosen, from its dashboard. */
    public String view() {
        Optional<Chamber> chosen = ChamberCode.parse(chamberCode).flatMap(accounts::findChamber);
        if (chosen.isEmpty()) {
            return null;
        }
        currentUser.view(chosen.get().getId());
        return "/staff/dashboard?faces-redirect=true";
    }

    public List<Choice> getChambers() {
        return chambers;
    }

    public String getChamberCode() {
        return chamberCode;
    }

    public void setChamberCode(String chamberCode) {
        this.chamberCode = chamberCode;
    }
}
