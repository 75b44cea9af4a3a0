package jp.tradecert.account;

import java.text.Normalizer;

/**
 * The one form in which a company's フリガナ is stored and searched: full-width katakana without spaces.
 * Half-width kana become full-width (NFKC), hiragana become katakana, spaces (also 全角) go.
 */
public final class Kana {

    private Kana() {
    }

    /** {@code text} in the stored form; null stays null. */
    public static String katakana(String text) {
        if (text == null) {
            return null;
        }
        String wide = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kana = new StringBuilder(wide.length());
        wide.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '\u3000') {
                return;
            }
            // ぁ..ゖ and ゝゞ sit 0x60 below their katakana
            kana.appendCodePoint((c >= 'ぁ' && c <= 'ゖ') || c == 'ゝ' || c == 'ゞ' ? c + 0x60 : c);
        });
        return kana.toString();
    }

    /** Whether {@code kana} (in the stored form) is katakana only: letters, the long vowel mark and the middle dot. */
    public static boolean isKatakana(String kana) {
        return kana != null && !kana.isEmpty() && kana.codePoints().allMatch(c -> (c >= 'ァ' && c <= 'ヶ')
                || c == 'ー' || c == '・' || c == 'ヽ' || c == 'ヾ');
    }
}
