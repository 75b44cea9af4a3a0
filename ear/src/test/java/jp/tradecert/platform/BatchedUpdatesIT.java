package jp.tradecert.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.tradecert.account.Company;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Wallet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * A transaction that changes many rows of one table writes them in one JDBC batch (persistence.xml):
 * every row gets its own values, and a row changed meanwhile by someone else (its version moved on)
 * fails the whole transaction, as one update per row would.
 */
@IntegrationTest
class BatchedUpdatesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(BatchedUpdatesIT.class);
    }

    @EJB
    private LedgerService ledger;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Resource
    private UserTransaction transaction;

    @Test
    void manyRowsChangedInOneTransactionEachGetTheirOwnValues() throws Exception {
        List<Company> companies = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            companies.add(data.company());
            versions.add(versionOf(companies.get(i)));
        }

        transaction.begin();
        for (int i = 0; i < companies.size(); i++) {
            ledger.reserve(ledger.lockWallet(companies.get(i).getId()), 10 + i);
        }
        transaction.commit();

        for (int i = 0; i < companies.size(); i++) {
            assertThat(database.count("select pending_coupons from wallet where company_id = ?",
                    companies.get(i).getId())).isEqualTo(10 + i);
            assertThat(versionOf(companies.get(i))).isEqualTo(versions.get(i) + 1);
        }

        // and back, in another batch: no open order holds these coupons (the ledger's invariants, which
        // other tests check over the whole database, must hold again)
        transaction.begin();
        for (int i = 0; i < companies.size(); i++) {
            ledger.release(ledger.lockWallet(companies.get(i).getId()), 10 + i);
        }
        transaction.commit();
        for (Company company : companies) {
            assertThat(database.count("select pending_coupons from wallet where company_id = ?", company.getId()))
                    .isZero();
        }
    }

    @Test
    void aRowChangedMeanwhileFailsTheWholeBatchAndNothingOfItIsWritten() throws Exception {
        Company first = data.company();
        Company second = data.company();
        Company third = data.company();
        long firstVersion = versionOf(first);
        long secondVersion = versionOf(second);
        ExecutorService elsewhere = Executors.newSingleThreadExecutor();
        try {
            transaction.begin();
            Wallet a = ledger.walletOf(first.getId());
            Wallet b = ledger.walletOf(second.getId());
            Wallet c = ledger.walletOf(third.getId());
            // another transaction changes the second wallet after this one read it
            assertThat(elsewhere.submit(() -> database.update(
                    "update wallet set version = version + 1 where company_id = ?", second.getId())).get()).isOne();
            ledger.reserve(a, 1);
            ledger.reserve(b, 2);
            ledger.reserve(c, 3);
            assertThatThrownBy(transaction::commit).isInstanceOf(Exception.class);
        } finally {
            elsewhere.shutdown();
        }

        assertThat(database.count("select sum(pending_coupons) from wallet where company_id in (?, ?, ?)",
                first.getId(), second.getId(), third.getId())).isZero();
        assertThat(versionOf(first)).isEqualTo(firstVersion);
        assertThat(versionOf(second)).isEqualTo(secondVersion + 1);
    }

    private long versionOf(Company company) {
        return database.count("select version from wallet where company_id = ?", company.getId());
    }
}
