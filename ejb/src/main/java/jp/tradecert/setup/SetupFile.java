package jp.tradecert.setup;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.account.CompanyRegistration;

/**
 * The chambers a real installation serves, as its administrator writes them (JSON, see README "Setting up the
 * chambers"): each chamber's code and names, its one-time accounts at its bank, and its first staff IDs (clerks,
 * supervisors) or operators. Read whole and checked whole before anything is written: a problem names the entry
 * and the field ({@code chambers[0].staff[1].rank: ...}), and nothing of the file is applied.
 */
public record SetupFile(List<ChamberEntry> chambers) {

    /** The largest file read: a few hundred chambers with their staff fit in far less. */
    static final int MAX_BYTES = 1 << 20;

    /** The database's limit on a chamber's, a bank's or a person's name. */
    private static final int MAX_NAME = 100;

    private static final int MAX_EMAIL = 254;

    /** A chamber as the file describes it. */
    public record ChamberEntry(ChamberCode code, String nameJa, String nameEn, long lastReceiptNumber,
                               Optional<AccountRange> accounts, List<StaffEntry> staff) {
    }

    /**
     * The chamber's one-time accounts (バーチャル口座): its bank and branch, the holder name buyers see, the range of
     * 7-digit numbers, and how many days a number rests after its order closes before it is given again.
     */
    public record AccountRange(String bankCode, String bankName, String branchCode, String branchName, String holder,
                               int first, int last, int restDays) {

        boolean overlaps(AccountRange other) {
            return bankCode.equals(other.bankCode) && branchCode.equals(other.branchCode)
                    && first <= other.last && other.first <= last;
        }
    }

    /** What a staff ID is: a clerk or a supervisor of the chamber, or an operator signing in at that office. */
    public enum Kind {
        CLERK, SUPERVISOR, OPERATOR
    }

    /** A staff ID as the file describes it. */
    public record StaffEntry(String loginId, String name, Kind kind, String email) {
    }

    /** Reads and checks the file; a problem is a {@link SetupFileException} naming where it is. */
    public static SetupFile read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new SetupFileException("the file", "larger than " + MAX_BYTES + " bytes");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new SetupFileException("the file", "not a JSON object");
            }
            root = value.asJsonObject();
        } catch (JsonException malformed) {
            throw new SetupFileException("the file", "not JSON (" + malformed.getMessage() + ")");
        }
        JsonArray entries = array(root, "chambers", "chambers");
        if (entries.isEmpty()) {
            throw new SetupFileException("chambers", "no chamber");
        }
        List<ChamberEntry> chambers = new ArrayList<>();
        Set<ChamberCode> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "chambers[" + i + "]";
            ChamberEntry chamber = chamber(object(entries.get(i), where), where);
            if (!codes.add(chamber.code())) {
                throw new SetupFileException(where + ".code", chamber.code().value() + " is listed twice");
            }
            for (int j = 0; j < i; j++) {
                Optional<AccountRange> earlier = chambers.get(j).accounts();
                if (chamber.accounts().isPresent() && earlier.isPresent()
                        && chamber.accounts().get().overlaps(earlier.get())) {
                    throw new SetupFileException(where + ".accounts", "overlaps the accounts of chambers[" + j + "]");
                }
            }
            chambers.add(chamber);
        }
        return new SetupFile(List.copyOf(chambers));
    }

    /** The file's text, for a test or a file read elsewhere. */
    public static SetupFile read(String json) {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ChamberEntry chamber(JsonObject entry, String where) {
        String code = text(entry, "code", where, 4);
        if (!code.matches("[0-9]{4}")) {
            throw new SetupFileException(where + ".code", "a chamber's code is 4 digits, not " + code);
        }
        long lastReceipt = entry.containsKey("lastReceiptNumber")
                ? number(entry, "lastReceiptNumber", where, 0, 999_999_999) : 0;
        Optional<AccountRange> accounts = entry.containsKey("accounts")
                ? Optional.of(accounts(object(entry.get("accounts"), where + ".accounts"), where + ".accounts"))
                : Optional.empty();
        JsonArray staffEntries = entry.containsKey("staff") ? array(entry, "staff", where + ".staff") : JsonValue.EMPTY_JSON_ARRAY;
        List<StaffEntry> staff = new ArrayList<>();
        Set<String> loginIds = new HashSet<>();
        for (int i = 0; i < staffEntries.size(); i++) {
            String at = where + ".staff[" + i + "]";
            StaffEntry member = staff(object(staffEntries.get(i), at), at);
            if (!loginIds.add(member.loginId())) {
                throw new SetupFileException(at + ".loginId", member.loginId() + " is listed twice");
            }
            staff.add(member);
        }
        return new ChamberEntry(new ChamberCode(code), text(entry, "nameJa", where, MAX_NAME),
                text(entry, "nameEn", where, MAX_NAME), lastReceipt, accounts, List.copyOf(staff));
    }

    private static AccountRange accounts(JsonObject entry, String where) {
        String bankCode = text(entry, "bankCode", where, 4);
        if (!bankCode.matches("[0-9]{4}")) {
            throw new SetupFileException(where + ".bankCode", "a bank code is 4 digits, not " + bankCode);
        }
        String branchCode = text(entry, "branchCode", where, 3);
        if (!branchCode.matches("[0-9]{3}")) {
            throw new SetupFileException(where + ".branchCode", "a branch code is 3 digits, not " + branchCode);
        }
        int first = (int) number(entry, "first", where, 0, 9_999_999);
        int last = (int) number(entry, "last", where, 0, 9_999_999);
        if (last < first) {
            throw new SetupFileException(where + ".last", "the range ends before it starts (" + first + " to " + last + ")");
        }
        int restDays = entry.containsKey("restDays") ? (int) number(entry, "restDays", where, 0, 3_650) : 180;
        return new AccountRange(bankCode, text(entry, "bankName", where, MAX_NAME), branchCode,
                text(entry, "branchName", where, MAX_NAME), text(entry, "holder", where, MAX_NAME), first, last,
                restDays);
    }

    private static StaffEntry staff(JsonObject entry, String where) {
        String loginId = text(entry, "loginId", where, CompanyRegistration.MAX_LOGIN_ID);
        if (!CompanyRegistration.isLoginId(loginId)) {
            throw new SetupFileException(where + ".loginId",
                    "3 to 32 letters, digits, '.', '-' or '_', not " + loginId);
        }
        String kind = text(entry, "rank", where, 16);
        Kind parsed;
        try {
            parsed = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new SetupFileException(where + ".rank", "CLERK, SUPERVISOR or OPERATOR, not " + kind);
        }
        String email = null;
        if (entry.containsKey("email")) {
            email = text(entry, "email", where, MAX_EMAIL);
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new SetupFileException(where + ".email", "not a mail address: " + email);
            }
        }
        return new StaffEntry(loginId, text(entry, "name", where, MAX_NAME), parsed, email);
    }

    private static JsonObject object(JsonValue value, String where) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new SetupFileException(where, "not an object");
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject entry, String field, String where) {
        JsonValue value = entry.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new SetupFileException(where, "a list is required");
        }
        return value.asJsonArray();
    }

    /**
     * A required text of 1 to {@code longest} characters, trimmed and otherwise as written: a holder name is in the
     * bank's half-width kana, which a normal form would change.
     */
    private static String text(JsonObject entry, String field, String where, int longest) {
        JsonValue value = entry.get(field);
        if (!(value instanceof JsonString string)) {
            throw new SetupFileException(where + "." + field, "a text is required");
        }
        String text = string.getString().strip();
        if (text.isEmpty() || text.length() > longest) {
            throw new SetupFileException(where + "." + field, "1 to " + longest + " characters, not " + text.length());
        }
        return text;
    }

    private static long number(JsonObject entry, String field, String where, long least, long most) {
        JsonValue value = entry.get(field);
        if (!(value instanceof JsonNumber number) || !number.isIntegral()
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(least)) < 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(most)) > 0) {
            throw new SetupFileException(where + "." + field, "a whole number from " + least + " to " + most
                    + " is required");
        }
        return number.longValueExact();
    }
}
