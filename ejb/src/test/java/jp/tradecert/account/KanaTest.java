package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** フリガナ in its one stored form, whatever the keyboard gave. */
class KanaTest {

    @Test
    void hiraganaHalfWidthKanaAndSpacesAllBecomeFullWidthKatakanaWithoutSpaces() {
        assertThat(Kana.katakana("かこがわ しぜんしょくひん")).isEqualTo("カコガワシゼンショクヒン");
        assertThat(Kana.katakana("ｶｺｶﾞﾜ　ｼｾﾞﾝ")).isEqualTo("カコガワシゼン");
        assertThat(Kana.katakana("コウベ・テスト ボーエキ")).isEqualTo("コウベ・テストボーエキ");
        assertThat(Kana.katakana("ゔぁ")).isEqualTo("ヴァ");
        assertThat(Kana.katakana(null)).isNull();
    }

    @Test
    void onlyKatakanaIsKana() {
        assertThat(Kana.isKatakana("カコガワシゼンショクヒン")).isTrue();
        assertThat(Kana.isKatakana("コウベ・テストボーエキ")).isTrue();
        assertThat(Kana.isKatakana("Kakogawa")).isFalse();
        assertThat(Kana.isKatakana("加古川")).isFalse();
        assertThat(Kana.isKatakana("")).isFalse();
    }
}
