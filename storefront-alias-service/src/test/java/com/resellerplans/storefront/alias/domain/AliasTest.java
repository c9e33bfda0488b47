package com.resellerplans.storefront.alias.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AliasTest {

    @ParameterizedTest(name = "''{0}'' is accepted as ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "techsolutions|techsolutions",
                "  TechSolutions  |techsolutions",
                "tech-solutions|tech-solutions",
                "abc|abc",
                "a1b2|a1b2",
                "t-2|t-2",
                "techsolutions-store|techsolutions-store",
                "myshop|myshop",
                "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc|"
                        + "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc"
            })
    void accepts_valid_aliases_normalised(String input, String expected) {
        assertThat(Alias.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' breaks: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ab|3 to 63 characters",
                "''|3 to 63 characters",
                "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd|3 to 63 characters",
                "tech_solutions|only the letters a-z",
                "tech solutions|only the letters a-z",
                "tech.solutions|only the letters a-z",
                "tеchsolutions|only the letters a-z",
                "technösolutions|only the letters a-z",
                "\u212Aelvin|only the letters a-z",
                "TECH\u212Aolutions|only the letters a-z",
                "\u0130stanbul|only the letters a-z",
                "1techsolutions|starts with a letter",
                "-techsolutions|starts with a letter",
                "techsolutions-|does not end with '-'",
                "tech--solutions|does not contain '--'"
            })
    void refuses_invalid_aliases_naming_the_rule(String input, String rule) {
        assertThatThrownBy(() -> Alias.parse(input))
                .isInstanceOf(AliasInvalidException.class)
                .hasMessageContaining(rule)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("ALIAS_INVALID");
    }

    @ParameterizedTest(name = "''{0}'' is reserved")
    @MethodSource("reserved")
    void refuses_every_reserved_alias_in_any_case(String reserved) {
        assertThatThrownBy(() -> Alias.parse(" " + reserved.toUpperCase(java.util.Locale.ROOT) + " "))
                .isInstanceOf(AliasReservedException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("ALIAS_RESERVED");
    }

    static java.util.stream.Stream<String> reserved() {
        return java.util.stream.Stream.of(
                "admin",
                "api",
                "www",
                "login",
                "logout",
                "signin",
                "signup",
                "bss",
                "storefront",
                "store",
                "shop",
                "static",
                "assets",
                "public",
                "support",
                "help",
                "mail",
                "root",
                "system");
    }

    @Test
    void refuses_a_cyrillic_homoglyph_instead_of_folding_it() {
        // 'а' below is U+0430 CYRILLIC SMALL LETTER A
        assertThatThrownBy(() -> Alias.parse("\u0430dmin-tools")).isInstanceOf(AliasInvalidException.class);
        assertThat(Alias.isAcceptable("\u0430dmin-tools")).isFalse();
    }

    @Test
    void null_is_invalid() {
        assertThatThrownBy(() -> Alias.parse(null)).isInstanceOf(AliasInvalidException.class);
    }
}
