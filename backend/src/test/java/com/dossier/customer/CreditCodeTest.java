package com.dossier.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
    @Test
    void shouldAcceptValidCodes() {
        assertThat(CreditCode.isValid("91310000MA1FL0XY83")).isTrue();
        assertThat(CreditCode.isValid("91110108551385082Q")).isTrue();
        assertThat(CreditCode.isValid("91440300MA5ETPKX0X")).isTrue();
    }

    @Test
    void shouldRefuseWrongCheckLengthOrCharset() {
        assertThat(CreditCode.isValid("91310000MA1FL0XY84")).isFalse();
        assertThat(CreditCode.isValid("91310000MA1FL0XY8")).isFalse();
        assertThat(CreditCode.isValid("91310000MA1FL0XYI3")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void shouldComputeCheckCharacterZeroFor31() {
        assertThat(CreditCode.checkCharacter("91440300MA5ETPKX0")).isEqualTo('X');
    }
}
