package jp.tradecert.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import jp.tradecert.deposit.WarekiDate;
import jp.tradecert.deposit.ZenginWriter;

/** The bank's 振込入金通知 file paying exactly each transfer that {@link BenchmarkData#awaitedTransfers} awaits. */
final class BankFileFixture {

    private BankFileFixture() {
    }

    /** Writes the file; one group per account (header, the deposit, trailer), as a bank with virtual accounts sends. */
    static void write(BenchmarkData data, Path file, int firstCode, int orders) throws IOException, SQLException {
        String today = WarekiDate.format(LocalDate.now());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            data.forEachAwaited(firstCode, orders, (branch, account, yen) -> {
                try {
                    out.write(new ZenginWriter(true).record('1').text(2, 3, "01").text(4, 4, "0").text(5, 10, today)
                            .text(11, 16, today).text(17, 22, today).text(23, 26, "0310")
                            .text(27, 41, "ｼﾞ-ｴﾑｵ-ｱｵｿﾞﾗﾈﾂﾄ").text(42, 44, branch).text(45, 59, "ﾍﾞﾝﾁ")
                            .text(60, 60, "1").text(61, 67, account).text(68, 107, "GMO-EP*ﾍﾞﾝﾁ")
                            .transferNotice(1, today, today, yen, "ﾍﾞﾝﾁﾏｰｸ", false)
                            .transferNoticeTrailer(1, yen, 0, 0).bytes());
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
            out.write(new ZenginWriter(true).end().bytes());
        }
    }
}
