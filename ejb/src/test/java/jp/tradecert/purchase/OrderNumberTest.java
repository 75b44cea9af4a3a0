package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.tradecert.account.TradeRegistrationNumber;
import org.junit.jupiter.api.Test;

class OrderNumberTest {

    private static final TradeRegistrationNumber KAKOGAWA = new TradeRegistrationNumber("2701000002");

    @Test
    void theManualsOrderNumbers() {
        assertThat(OrderNumber.of(LocalDate.of(2022, 9, 27), KAKOGAWA, 1).value())
                .isEqualTo("20220927270100000200001");
        assertThat(OrderNumber.of(LocalDate.of(2022, 10, 9), KAKOGAWA, 2).value())
                .isEqualTo("20221009270100000200002");
    }

    @Test
    void itsPartsReadBack() {
        OrderNumber number = new OrderNumber("20221009270100000200002");
        assertThat(number.orderDate()).isEqualTo(LocalDate.of(2022, 10, 9));
        assertThat(number.tradeRegistrationNumber()).isEqualTo(KAKOGAWA);
        assertThat(number.sequence()).isEqualTo(2);
    }

    @Test
    void theSequenceIsFiveDigits() {
        assertThat(OrderNumber.of(LocalDate.of(2022, 9, 27), KAKOGAWA, 99_999).value()).endsWith("99999");
        assertThatThrownBy(() -> OrderNumber.of(LocalDate.of(2022, 9, 27), KAKOGAWA, 100_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderNumber.of(LocalDate.of(2022, 9, 27), KAKOGAWA, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("2022092727010000020001"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
