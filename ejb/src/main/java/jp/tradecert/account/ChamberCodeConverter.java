package jp.tradecert.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ChamberCodeConverter implements AttributeConverter<ChamberCode, String> {

    @Override
    public String convertToDatabaseColumn(ChamberCode code) {
        return code == null ? null : code.value();
    }

    @Override
    public ChamberCode convertToEntityAttribute(String value) {
        return value == null ? null : new ChamberCode(value);
    }
}
