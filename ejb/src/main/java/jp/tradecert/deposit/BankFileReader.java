package jp.tradecert.deposit;

/**
 * Reads a bank file entry by entry, streaming, checking the file's structure as it goes. Because a
 * file's totals come at its end, a file is first read through once ({@link BankFiles#check}) and
 * only applied, in a second reading, when that found nothing wrong.
 */
public interface BankFileReader extends AutoCloseable {

    /** The next entry, or null at the end of the file. Throws {@link MalformedBankFileException}. */
    BankEntry next();

    /** The file's format, once its first entry or header has been read. */
    DepositFormat format();

    @Override
    void close();
}
