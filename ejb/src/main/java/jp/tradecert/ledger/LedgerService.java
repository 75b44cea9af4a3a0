package jp.tradecert.ledger;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.tradecert.account.Company;

/** Opens wallets and answers what a company holds. */
@Stateless
public class LedgerService {

    @PersistenceContext
    private EntityManager em;

    /** Opens the wallet of a newly registered company, empty, in the registration's transaction. */
    public Wallet openWallet(Company company) {
        Wallet wallet = new Wallet(company);
        em.persist(wallet);
        return wallet;
    }

    /** The company's coupon balance (クーポン残数). */
    public long balanceOf(long companyId) {
        Wallet wallet = em.find(Wallet.class, companyId);
        if (wallet == null) {
            throw new WalletNotFoundException(companyId);
        }
        return wallet.getBalance();
    }
}
