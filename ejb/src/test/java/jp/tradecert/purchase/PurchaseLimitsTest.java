package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.tradecert.catalog.Product;
import org.junit.jupiter.api.Test;

class PurchaseLimitsTest {

    private final PurchaseLimits limits = new PurchaseLimits();

    PurchaseLimitsTest() {
        limits.maxBooklets = 100;
        limits.maxCoupons = 3_000;
    }

    @Test
    void upToTheLimitsIsFine() {
        assertThatCode(() -> check(Map.of(Product.BOOKLET_30, 100))).doesNotThrowAnyException();
        assertThatCode(() -> check(Map.of(Product.SINGLE, 3_000))).doesNotThrowAnyException();
        assertThatCode(() -> check(Map.of(Product.SINGLE, 1, Product.BOOKLET_30, 0))).doesNotThrowAnyException();
    }

    @Test
    void eachRuleHasItsProblem() {
        assertProblem(Map.of(Product.SINGLE, -1, Product.BOOKLET_30, 2), InvalidQuantityException.Problem.NEGATIVE);
        assertProblem(Map.of(Product.SINGLE, 0), InvalidQuantityException.Problem.NOTHING_ORDERED);
        assertProblem(Map.of(Product.BOOKLET_30, 101), InvalidQuantityException.Problem.TOO_MANY_BOOKLETS);
        assertProblem(Map.of(Product.SINGLE, 3_001), InvalidQuantityException.Problem.TOO_MANY_COUPONS);
        assertProblem(Map.of(Product.SINGLE, Integer.MAX_VALUE, Product.BOOKLET_30, Integer.MAX_VALUE),
                InvalidQuantityException.Problem.TOO_MANY_BOOKLETS);
    }

    private void assertProblem(Map<String, Integer> quantities, InvalidQuantityException.Problem problem) {
        assertThatThrownBy(() -> check(quantities)).isInstanceOfSatisfying(InvalidQuantityException.class,
                refused -> assertThat(refused.problem()).isEqualTo(problem));
    }

    private void check(Map<String, Integer> quantities) {
        limits.check(new PurchaseRequest(quantities, PaymentMethod.BANK_TRANSFER, MailRequest.NONE),
                code -> Product.BOOKLET_30.equals(code) ? 30 : 1);
    }
}
