package jp.tradecert.setup;

import jakarta.ejb.ApplicationException;

/**
 * The setup file is not as it must be: where (the entry and field) and what is wrong. Nothing of it is applied (the
 * transaction rolls back).
 */
@ApplicationException(rollback = true)
public class SetupFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SetupFileException(String where, String problem) {
        super(where + ": " + problem);
    }
}
