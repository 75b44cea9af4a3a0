package jp.tradecert.setup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.CompanyRegistration;
import jp.tradecert.account.Membership;
import jp.tradecert.account.StaffRank;
import jp.tradecert.account.UserAccount;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.payment.VirtualAccountPool;
import jp.tradecert.payment.VirtualAccounts;
import jp.tradecert.platform.AuditActor;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.platform.Clocks;
import jp.tradecert.setup.SetupFile.AccountRange;
import jp.tradecert.setup.SetupFile.ChamberEntry;
import jp.tradecert.setup.SetupFile.StaffEntry;

/**
 * Sets up the chambers of a real installation from its {@link SetupFile}, in one transaction, and only adds: a
 * chamber not yet there is registered; one that has no one-time accounts gets the file's (never sharing a number
 * with another chamber's at the same bank and branch) and, with them, the standard prices from today; a staff ID not
 * yet at its chamber is made with an initial password, which its holder must change at the first sign-in. What is
 * there already — a chamber's names, its accounts and prices, an ID and its rank — is left as it is: later changes
 * are the console's. Applying the same file again changes nothing. Audited, as the setup file's.
 */
@Stateless
public class ChamberSetup {

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogService catalog;

    @EJB
    private VirtualAccounts virtualAccounts;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** An ID the file made, with its initial password: to be handed to its holder. */
    public record InitialPassword(String chamberCode, String loginId, SetupFile.Kind kind, String name,
                                  String password) {
    }

    /** What applying the file did: the chambers registered and the IDs made. */
    public record Outcome(List<String> chambersRegistered, List<InitialPassword> passwords) {
    }

    public Outcome apply(SetupFile file) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.TOKYO));
        List<String> registered = new ArrayList<>();
        List<InitialPassword> passwords = new ArrayList<>();
        for (int i = 0; i < file.chambers().size(); i++) {
            ChamberEntry entry = file.chambers().get(i);
            String where = "chambers[" + i + "]";
            Optional<Chamber> existing = accounts.findChamber(entry.code());
            Chamber chamber = existing.orElseGet(() -> accounts.registerChamber(entry.code(), entry.nameJa(),
                    entry.nameEn(), entry.lastReceiptNumber()));
            AuditActor actor = new AuditActor(chamber.getId(), null, "setup file");
            if (existing.isEmpty()) {
                registered.add(entry.code().value());
                audit.record(actor, AuditAction.CHAMBER_SET_UP, "chamber:" + entry.code().value(), null,
                        entry.nameJa() + " / " + entry.nameEn());
            }
            if (entry.accounts().isPresent() && virtualAccounts.findPool(chamber.getId()).isEmpty()) {
                AccountRange range = entry.accounts().get();
                if (virtualAccounts.rangeTaken(range.bankCode(), range.branchCode(), range.first(), range.last())) {
                    throw new SetupFileException(where + ".accounts", "another chamber's one-time accounts at bank "
                            + range.bankCode() + " branch " + range.branchCode() + " share numbers with "
                            + range.first() + " to " + range.last());
                }
                virtualAccounts.configurePool(new VirtualAccountPool(chamber.getId(), range.bankCode(),
                        range.bankName(), range.branchCode(), range.branchName(), range.holder(), range.first(),
                        range.last(), range.restDays()));
                if (catalog.priceList(chamber.getId(), Membership.MEMBER, today).isEmpty()) {
                    catalog.publishStandardPrices(chamber.getId(), today);
                }
                audit.record(actor, AuditAction.CHAMBER_SET_UP, "chamber:" + entry.code().value(), null,
                        "one-time accounts " + range.bankCode() + "-" + range.branchCode() + " " + range.first()
                                + " to " + range.last() + ", standard prices from " + today);
            }
            for (StaffEntry member : entry.staff()) {
                if (accounts.findAccount(entry.code(), member.loginId()).isEmpty()) {
                    String password = CompanyRegistration.newPassword();
                    UserAccount made = switch (member.kind()) {
                        case CLERK -> accounts.createStaff(chamber, member.loginId(), StaffRank.CLERK, member.name(),
                                password.toCharArray());
                        case SUPERVISOR -> accounts.createStaff(chamber, member.loginId(), StaffRank.SUPERVISOR,
                                member.name(), password.toCharArray());
                        case OPERATOR -> accounts.createOperator(chamber, member.loginId(), member.name(),
                                password.toCharArray());
                    };
                    made.requirePasswordChange();
                    if (member.email() != null) {
                        accounts.changeEmail(made, member.email());
                    }
                    passwords.add(new InitialPassword(entry.code().value(), member.loginId(), member.kind(),
                            member.name(), password));
                    audit.record(actor, AuditAction.ACCOUNT_CREATED, "staff:" + member.loginId(), null,
                            member.kind() + " " + member.loginId() + " (" + member.name() + ")");
                }
            }
        }
        return new Outcome(List.copyOf(registered), List.copyOf(passwords));
    }
}
