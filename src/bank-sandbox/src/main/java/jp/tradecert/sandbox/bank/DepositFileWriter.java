package jp.tradecert.sandbox.bank;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tradecert.deposit.WarekiDate;
import jp.tradecert.deposit.ZenginWriter;

/**
 * A bank's deposit file for some credits, in one of the formats the reconciliation reads: one group
 * (header, records, trailer) or one notification per account, as banks send them. Inquiry numbers
 * count up from {@code firstInquiry}; a cancellation repeats the inquiry number of the credit it undoes.
 */
enum DepositFileWriter {

    /** Zengin 振込入金通知 (種別 01), Shift_JIS, CRLF. */
    ZENGIN01("txt") {
        @Override
        byte[] write(List<Credit> credits, LocalDate day, long firstInquiry) {
            ZenginWriter file = new ZenginWriter(true);
            long inquiry = firstInquiry;
            for (Map.Entry<String, List<Credit>> account : byAccount(credits).entrySet()) {
                header(file, "01", day).text(60, 60, "1").text(61, 67, account.getKey())
                        .text(68, 107, HOLDER);
                long count = 0;
                long total = 0;
                long cancelled = 0;
                long cancelledTotal = 0;
                for (Credit credit : account.getValue()) {
                    long number = credit.cancellation() ? inquiry - 1 : inquiry++;
                    file.transferNotice(number, day, credit.amountYen(), credit.remitter(), credit.cancellation());
                    count++;
                    total += credit.amountYen();
                    if (credit.cancellation()) {
                        cancelled++;
                        cancelledTotal += credit.amountYen();
                    }
                }
                file.transferNoticeTrailer(count, total, cancelled, cancelledTotal);
            }
            return file.end().bytes();
        }
    },

    /** Zengin 入出金取引明細 (種別 03), Shift_JIS, CRLF; it has no cancellations (a bank books a debit). */
    ZENGIN03("txt") {
        @Override
        byte[] write(List<Credit> credits, LocalDate day, long firstInquiry) {
            ZenginWriter file = new ZenginWriter(true);
            long inquiry = firstInquiry;
            String date = WarekiDate.format(day);
            for (Map.Entry<String, List<Credit>> account : byAccount(credits).entrySet()) {
                header(file, "03", day).text(60, 62, "000").text(63, 63, "1")
                        .number(64, 73, Long.parseLong(account.getKey())).text(74, 74, "0").number(75, 88, 0)
                        .text(89, 128, HOLDER);
                long credited = 0;
                long creditTotal = 0;
                long debited = 0;
                long debitTotal = 0;
                for (Credit credit : account.getValue()) {
                    file.statementLine(inquiry++, date, credit.cancellation() ? 2 : 1, credit.amountYen(),
                            credit.remitter());
                    if (credit.cancellation()) {
                        debited++;
                        debitTotal += credit.amountYen();
                    } else {
                        credited++;
                        creditTotal += credit.amountYen();
                    }
                }
                file.statementTrailer(credited, creditTotal, debited, debitTotal);
            }
            return file.end().bytes();
        }
    },

    /** ISO 20022 camt.054 (notification), UTF-8; a cancellation is a reversal of the credit. */
    CAMT054("xml") {
        @Override
        byte[] write(List<Credit> credits, LocalDate day, long firstInquiry) {
            StringBuilder xml = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                      <BkToCstmrDbtCdtNtfctn>
                        <GrpHdr><MsgId>SANDBOX-%s-%d</MsgId><CreDtTm>%sT21:00:00+09:00</CreDtTm></GrpHdr>
                    """.formatted(day, firstInquiry, day));
            long inquiry = firstInquiry;
            int notification = 0;
            for (Map.Entry<String, List<Credit>> account : byAccount(credits).entrySet()) {
                xml.append("    <Ntfctn><Id>N").append(++notification).append("</Id>")
                        .append("<Acct><Id><Othr><Id>").append(account.getKey())
                        .append("</Id></Othr></Id><Ccy>JPY</Ccy></Acct>\n");
                for (Credit credit : account.getValue()) {
                    long number = credit.cancellation() ? inquiry - 1 : inquiry++;
                    String reference = "SBX" + day.toString().replace("-", "") + number;
                    xml.append("      <Ntry><Amt Ccy=\"JPY\">").append(credit.amountYen()).append("</Amt>")
                            .append("<CdtDbtInd>CRDT</CdtDbtInd>")
                            .append(credit.cancellation() ? "<RvslInd>true</RvslInd>" : "")
                            .append("<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>").append(day).append("</Dt></BookgDt>")
                            .append("<ValDt><Dt>").append(day).append("</Dt></ValDt>")
                            .append("<AcctSvcrRef>E").append(reference).append(credit.cancellation() ? "R" : "")
                            .append("</AcctSvcrRef><NtryDtls><TxDtls><Refs><AcctSvcrRef>").append(reference)
                            .append("</AcctSvcrRef></Refs><Amt Ccy=\"JPY\">").append(credit.amountYen())
                            .append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><RltdPties><Dbtr><Pty><Nm>")
                            .append(credit.remitter()).append("</Nm></Pty></Dbtr></RltdPties></TxDtls></NtryDtls>")
                            .append("</Ntry>\n");
                }
                xml.append("    </Ntfctn>\n");
            }
            xml.append("  </BkToCstmrDbtCdtNtfctn>\n</Document>\n");
            return xml.toString().getBytes(StandardCharsets.UTF_8);
        }
    };

    private static final String HOLDER = "GMO-EP*ｼﾖｳｺｳｶｲｷﾞｼﾖ";

    private final String extension;

    DepositFileWriter(String extension) {
        this.extension = extension;
    }

    abstract byte[] write(List<Credit> credits, LocalDate day, long firstInquiry);

    String extension() {
        return extension;
    }

    /** The header of a group of the bank (GMO Aozora Net Bank 0310, 法人営業部 101), up to the account. */
    private static ZenginWriter header(ZenginWriter file, String kind, LocalDate day) {
        String date = WarekiDate.format(day);
        return file.record('1').text(2, 3, kind).text(4, 4, "0").text(5, 10, date).text(11, 16, date)
                .text(17, 22, date).text(23, 26, "0310").text(27, 41, "ｼﾞ-ｴﾑｵ-ｱｵｿﾞﾗﾈﾂﾄ").text(42, 44, "101")
                .text(45, 59, "ﾎｳｼﾞﾝｴｲｷﾞﾖｳﾌﾞ");
    }

    private static Map<String, List<Credit>> byAccount(List<Credit> credits) {
        Map<String, List<Credit>> groups = new LinkedHashMap<>();
        for (Credit credit : credits) {
            groups.computeIfAbsent(credit.account(), account -> new java.util.ArrayList<>()).add(credit);
        }
        return groups;
    }
}
