package jp.tradecert.deposit;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 camt.054 notifications (and camt.053 statements, whose entries are alike) with
 * StAX, one entry at a time, any version (namespaces are ignored, element names are not). Every
 * booked credit entry ({@code Ntry} with {@code CdtDbtInd} CRDT and status BOOK) in yen is a deposit
 * — one per transaction detail when the entry batches several — to the account of its notification;
 * {@code RvslInd} true makes it a cancellation. Debit entries are skipped. Credits in another
 * currency, or not booked, are reported as not applicable. The optional transaction summary
 * ({@code TxsSummry/TtlNtries}) is checked against the entries.
 */
final class CamtReader implements BankFileReader {

    private static final String JPY = "JPY";
    /** A camt.054 nests about a dozen deep; far deeper is an attack on the reader, not a statement. */
    static final int MAX_DEPTH = 32;
    /** The longest text of one element read; ISO 20022's longest field is 350 characters. */
    static final int MAX_TEXT = 2_000;
    /** An amount as banks write it: digits and a few decimals, no exponent (1E+999999999 is not money). */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?[0-9]{1,15}(\\.[0-9]{1,5})?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private final XMLStreamReader xml;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<BankEntry> ready = new ArrayDeque<>();
    private long yielded;
    private long entries;
    private boolean sawMessage;

    private String account;
    private long summaryCount = -1;
    private BigDecimal summarySum;
    private long entryCount;
    private BigDecimal entrySum = BigDecimal.ZERO;

    private Entry entry;
    private Transaction transaction;

    /** What an {@code Ntry} says. */
    private static final class Entry {
        String amount;
        String currency;
        String direction;
        boolean reversal;
        String status;
        LocalDate booked;
        LocalDate value;
        String reference;
        final List<Transaction> transactions = new ArrayList<>();
    }

    /** What a {@code TxDtls} says. */
    private static final class Transaction {
        String amount;
        String currency;
        String direction;
        String reference;
        String remitter;
    }

    CamtReader(InputStream in) {
        try {
            // the JDK's own parser, not whichever the server puts first on the class path (Payara's
            // does not know ACCESS_EXTERNAL_DTD and refused every camt file): the same reader in tests
            // and in production
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            xml = factory.createXMLStreamReader(in);
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new MalformedBankFileException(0, "XML", "not readable: " + e.getMessage());
        }
    }

    @Override
    public BankEntry next() {
        try {
            while (ready.isEmpty() && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(path.pop());
                }
            }
        } catch (XMLStreamException e) {
            throw new MalformedBankFileException(entries, "XML", e.getMessage());
        }
        if (ready.isEmpty()) {
            if (!sawMessage) {
                throw new MalformedBankFileException(0, "Document",
                        "neither a camt.054 notification nor a camt.053 statement");
            }
            return null;
        }
        return ready.poll();
    }

    private void start(String name) throws XMLStreamException {
        if (path.size() >= MAX_DEPTH) {
            throw new MalformedBankFileException(entries, name, "nested deeper than " + MAX_DEPTH + " elements");
        }
        if (path.size() == 1 && (name.equals("BkToCstmrDbtCdtNtfctn") || name.equals("BkToCstmrStmt"))) {
            sawMessage = true;
        }
        String context = context();
        if (transaction != null) {
            switch (context + name) {
                case "Amt", "AmtDtls/TxAmt/Amt" -> {
                    transaction.currency = xml.getAttributeValue(null, "Ccy");
                    transaction.amount = text();
                    return;
                }
                case "CdtDbtInd" -> {
                    transaction.direction = text();
                    return;
                }
                case "Refs/AcctSvcrRef" -> {
                    transaction.reference = text();
                    return;
                }
                case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> {
                    transaction.remitter = text();
                    return;
                }
                default -> { }
            }
        } else if (entry != null) {
            switch (context + name) {
                case "Amt" -> {
                    entry.currency = xml.getAttributeValue(null, "Ccy");
                    entry.amount = text();
                    return;
                }
                case "CdtDbtInd" -> {
                    entry.direction = text();
                    return;
                }
                case "RvslInd" -> {
                    entry.reversal = Boolean.parseBoolean(text());
                    return;
                }
                case "Sts" -> {
                    entry.status = allText();
                    return;
                }
                case "BookgDt/Dt", "BookgDt/DtTm" -> {
                    entry.booked = date(text(), "BookgDt");
                    return;
                }
                case "ValDt/Dt", "ValDt/DtTm" -> {
                    entry.value = date(text(), "ValDt");
                    return;
                }
                case "AcctSvcrRef" -> {
                    entry.reference = text();
                    return;
                }
                case "NtryDtls/TxDtls" -> {
                    transaction = new Transaction();
                    entry.transactions.add(transaction);
                }
                default -> { }
            }
        } else if (isStatementLevel()) {
            switch (context + name) {
                case "Acct/Id/IBAN", "Acct/Id/Othr/Id" -> {
                    account = text();
                    return;
                }
                case "TxsSummry/TtlNtries/NbOfNtries" -> {
                    summaryCount = count(text(), "TxsSummry/TtlNtries/NbOfNtries");
                    return;
                }
                case "TxsSummry/TtlNtries/Sum" -> {
                    summarySum = decimal(text(), "TxsSummry/TtlNtries/Sum");
                    return;
                }
                case "Ntry" -> {
                    entry = new Entry();
                    entries++;
                }
                default -> { }
            }
        }
        if (isMessageLevel() && (name.equals("Ntfctn") || name.equals("Stmt"))) {
            account = null;
            summaryCount = -1;
            summarySum = null;
            entryCount = 0;
            entrySum = BigDecimal.ZERO;
        }
        path.push(name);
    }

    private void end(String name) {
        if (name.equals("TxDtls") && transaction != null) {
            transaction = null;
        } else if (name.equals("Ntry") && entry != null) {
            finish(entry);
            entry = null;
        } else if ((name.equals("Ntfctn") || name.equals("Stmt")) && isMessageLevel()) {
            checkSummary();
        }
    }

    /** Turns a complete entry into what it means for us. */
    private void finish(Entry done) {
        require(done.amount, "Ntry/Amt");
        require(done.direction, "Ntry/CdtDbtInd");
        require(done.booked, "Ntry/BookgDt");
        BigDecimal amount = decimal(done.amount, "Ntry/Amt");
        entryCount++;
        entrySum = entrySum.add(amount.abs());
        if (!"CRDT".equals(done.direction)) {
            return;
        }
        String status = done.status == null ? "BOOK" : done.status;
        if (!"BOOK".equals(status)) {
            ready.add(notApplicable(done.reference, done.amount, done.currency, "not booked (status " + status + ")"));
            return;
        }
        List<Transaction> parts = done.transactions.size() > 1 ? done.transactions : List.of();
        if (parts.isEmpty()) {
            Transaction only = done.transactions.isEmpty() ? null : done.transactions.get(0);
            String reference = only != null && only.reference != null ? only.reference : done.reference;
            add(done, reference, done.amount, done.currency, only == null ? null : only.remitter);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            Transaction part = parts.get(i);
            if (part.direction != null && !"CRDT".equals(part.direction)) {
                continue;
            }
            String reference = part.reference != null ? part.reference : done.reference + "/" + (i + 1);
            add(done, reference, part.amount == null ? null : part.amount,
                    part.currency == null ? done.currency : part.currency, part.remitter);
        }
    }

    private void add(Entry done, String reference, String amountText, String currency, String remitter) {
        require(amountText, "TxDtls/Amt");
        if (reference == null || reference.isBlank()) {
            throw new MalformedBankFileException(entries, "AcctSvcrRef", "a credit without the bank's reference");
        }
        if (!JPY.equals(currency)) {
            ready.add(notApplicable(reference, amountText, currency,
                    (done.reversal ? "a reversal" : "a credit") + " in " + currency + ", not in yen"));
            return;
        }
        BigDecimal amount = decimal(amountText, "Amt");
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 0) {
            throw new MalformedBankFileException(entries, "Amt", amountText + " is no positive whole number of yen");
        }
        require(account, "Acct/Id");
        ready.add(new Deposit(DepositFormat.CAMT_054, ++yielded, "camt:" + account + ":" + reference, null, null,
                account, amount.longValueExact(), done.booked, done.value, remitter, done.reversal));
    }

    private NotApplicable notApplicable(String reference, String amount, String currency, String reason) {
        return new NotApplicable(++yielded, reference, account, amount, currency, reason);
    }

    private void checkSummary() {
        if (summaryCount >= 0 && summaryCount != entryCount) {
            throw new MalformedBankFileException(0, "TxsSummry/TtlNtries/NbOfNtries",
                    "the summary says " + summaryCount + " entries, the notification has " + entryCount);
        }
        if (summarySum != null && summarySum.compareTo(entrySum) != 0) {
            throw new MalformedBankFileException(0, "TxsSummry/TtlNtries/Sum",
                    "the summary says " + summarySum.toPlainString() + ", the entries add up to "
                            + entrySum.toPlainString());
        }
    }

    /** The path from the innermost transaction, entry or notification to the current element, with a '/'. */
    private String context() {
        StringBuilder relative = new StringBuilder();
        for (String name : path) {
            if (name.equals("TxDtls") || name.equals("Ntry") || name.equals("Ntfctn") || name.equals("Stmt")) {
                break;
            }
            relative.insert(0, name + "/");
        }
        return relative.toString();
    }

    private boolean isStatementLevel() {
        for (String name : path) {
            if (name.equals("Ntfctn") || name.equals("Stmt")) {
                return true;
            }
        }
        return false;
    }

    private boolean isMessageLevel() {
        return path.size() == 2;
    }

    private String text() throws XMLStreamException {
        return bounded(xml.getElementText());
    }

    private String bounded(CharSequence text) {
        if (text.length() > MAX_TEXT) {
            throw new MalformedBankFileException(entries, context(), "a text longer than " + MAX_TEXT + " characters");
        }
        return text.toString().strip();
    }

    /** The text of an element and of its children: {@code <Sts>BOOK</Sts>} and {@code <Sts><Cd>BOOK</Cd></Sts>}. */
    private String allText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
                bounded(text);
            }
            if (depth > MAX_DEPTH) {
                throw new MalformedBankFileException(entries, "Sts", "nested deeper than " + MAX_DEPTH + " elements");
            }
        }
        return bounded(text);
    }

    private LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new MalformedBankFileException(entries, field, "\"" + quoted(text) + "\" is no date");
        }
    }

    private BigDecimal decimal(String text, String field) {
        if (!AMOUNT.matcher(text).matches()) {
            throw new MalformedBankFileException(entries, field, "\"" + quoted(text) + "\" is no amount");
        }
        return new BigDecimal(text);
    }

    private long count(String text, String field) {
        if (!COUNT.matcher(text).matches()) {
            throw new MalformedBankFileException(entries, field, "\"" + quoted(text) + "\" is no count");
        }
        return Long.parseLong(text);
    }

    /** At most 40 characters of a bad value, for the error message. */
    private static String quoted(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private void require(Object value, String field) {
        if (value == null) {
            throw new MalformedBankFileException(entries, field, "missing");
        }
    }

    @Override
    public DepositFormat format() {
        return DepositFormat.CAMT_054;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more will be read from it
        }
    }
}
