package jp.tradecert.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TradeRegistrationNumberConverter implements AttributeConverter<TradeRegistrationNumber, String> {

    @Override
    public String convertToDatabaseColumn(TradeRegistrationNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public TradeRegistrationNumber convertToEntityAttribute(String value) {
        return value == null ? null : new TradeRegistrationNumber(value);
    }
}
