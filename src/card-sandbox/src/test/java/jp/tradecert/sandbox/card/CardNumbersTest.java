package jp.tradecert.sandbox.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void knowsTheFiveBrandsByPrefixAndLength() {
        assertThat(CardNumbers.brandOf("4111111111111111")).hasValue(CardNumbers.Brand.VISA);
        assertThat(CardNumbers.brandOf("5555555555554444")).hasValue(CardNumbers.Brand.MASTERCARD);
        assertThat(CardNumbers.brandOf("3530111333300000")).hasValue(CardNumbers.Brand.JCB);
        assertThat(CardNumbers.brandOf("378282246310005")).hasValue(CardNumbers.Brand.AMERICAN_EXPRESS);
        assertThat(CardNumbers.brandOf("36000000000008")).hasValue(CardNumbers.Brand.DINERS_CLUB);
    }

    @Test
    void refusesBadChecksumsLengthsAndHyphens() {
        assertThat(CardNumbers.brandOf("4111111111111112")).isEmpty();
        assertThat(CardNumbers.brandOf("4111-1111-1111-1111")).isEmpty();
        assertThat(CardNumbers.brandOf("411111111111")).isEmpty();
        assertThat(CardNumbers.brandOf("41111111111111111")).isEmpty();
        assertThat(CardNumbers.brandOf("9111111111111110")).as("Luhn-valid, but no brand").isEmpty();
        assertThat(CardNumbers.brandOf(null)).isEmpty();
    }

    @Test
    void everyScriptedTestCardIsAValidVisaNumber() {
        Scenario.TEST_CARDS.keySet().forEach(number ->
                assertThat(CardNumbers.brandOf(number)).as(number).hasValue(CardNumbers.Brand.VISA));
        assertThat(Scenario.of("4000000000003220")).isEqualTo(Scenario.CHALLENGE);
        assertThat(Scenario.of("4111111111111111")).isEqualTo(Scenario.SUCCESS);
    }
}
