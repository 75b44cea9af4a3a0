package jp.tradecert.deposit;

import jp.tradecert.platform.BusinessException;

/**
 * A bank file that does not follow its format: rejected whole, nothing of it applied. Names the
 * record (or entry) and the field, so that the bank or the clerk can find what is wrong.
 */
public class MalformedBankFileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long record;
    private final String field;

    public MalformedBankFileException(long record, String field, String problem) {
        super("Record " + record + ", " + field + ": " + problem, record, field, problem);
        this.record = record;
        this.field = field;
    }

    /** The record (Zengin, from 1) or entry (camt.054, from 1) at fault; 0 for the file as a whole. */
    public long record() {
        return record;
    }

    public String field() {
        return field;
    }
}
