package com.resellerplans.journey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile values as jqwik arbitraries: look-alike letters, invisible and control characters, lone surrogates,
 * SQL, path and template fragments, random Unicode, and lengths far past any limit.
 */
final class Hostile {
    /** Look-alikes of Latin letters; the Kelvin sign even lower-cases to an ASCII {@code k}. */
    static final List<String> HOMOGLYPHS = List.of(
            "\u0430dmin",
            "t\u0435chsolutions",
            "\u212Aelvin",
            "p\u0430yp\u0430l",
            "\uFF41\uFF44\uFF4D\uFF49\uFF4E",
            "\uD835\uDCC9\uD835\uDCEE\uD835\uDCEC\uD835\uDCF1",
            "\u0131nfo",
            "\u0130stanbul",
            "caf\u00E9",
            "cafe\u0301",
            "\uFB01le",
            "\u03BFrder",
            "\u0455hop",
            "\u13AAdmin");

    static final List<String> INVISIBLES = List.of(
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202D", "\u200F", "\u061C", "\u00AD",
            "\u3000", "\u2028", "\u180E");
    static final List<String> CONTROLS = List.of("\u0000", "\u0007", "\u001B[31m", "\r\n", "\t", "\u007F", "\u0085");
    static final List<String> LONE_SURROGATES = List.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF");
    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "'; DROP TABLE orders; --",
            "1 UNION SELECT usename FROM pg_user--",
            "'; SELECT pg_sleep(5); --",
            "\" OR \"\"=\"",
            "admin'--",
            "%' AND '1'='1",
            "$$;$$",
            "\\'",
            "';\\x00");
    static final List<String> PATHS = List.of(
            "../../etc/passwd",
            "..%2f..%2fq%2fhealth",
            "%2e%2e%2f",
            "..\\..\\windows\\win.ini",
            "/internal/v1/alias-holds",
            "~root",
            "file:///etc/passwd",
            "%00",
            "./",
            "//evil.example/");
    static final List<String> INJECTIONS = List.of(
            "${jndi:ldap://example.invalid/a}",
            "{{7*7}}",
            "#{7*7}",
            "<script>alert(1)</script>",
            "%s%n%x%d",
            "\"},\"tier\":\"STANDARD",
            "__proto__",
            "\uD83D\uDC4D\uD83C\uDFFD",
            "null",
            "true",
            "-0");
    /** Path segments a router or a decoder may trip on (broken escapes such as %zz no URI class will send). */
    static final List<String> RAW_SEGMENTS = List.of(
            ".",
            "..",
            "%2e%2e",
            "%2E",
            "%00",
            "%ff",
            "%c0%ae%c0%ae",
            ";",
            ";jsessionid=x",
            "*",
            "%20",
            "0",
            "-1",
            "99999999999999999999999",
            "1e3",
            "NaN",
            "0x10",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "%7Bid%7D");
    /** The reserved aliases DESIGN.md names. */
    static final Set<String> RESERVED = Set.of(
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

    private static final Pattern ALIAS_SHAPE = Pattern.compile("[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]");

    private Hostile() {}

    /** One hostile fragment from any of the lists. */
    static Arbitrary<String> fragments() {
        return Arbitraries.oneOf(
                Arbitraries.of(HOMOGLYPHS),
                Arbitraries.of(INVISIBLES),
                Arbitraries.of(CONTROLS),
                Arbitraries.of(LONE_SURROGATES),
                Arbitraries.of(SQL),
                Arbitraries.of(PATHS),
                Arbitraries.of(INJECTIONS));
    }

    /** Hostile text: a fragment alone or amid plain letters, random Unicode (surrogates included), or long runs. */
    static Arbitrary<String> texts() {
        Arbitrary<String> letters =
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> amid =
                Combinators.combine(letters, fragments(), letters).as((a, f, b) -> a + f + b);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> runs = Combinators.combine(
                        Arbitraries.of("a", "\u0430", "\u200B", "'", "\uD83D\uDE00"),
                        Arbitraries.integers().between(64, 20_000))
                .as(String::repeat);
        return Arbitraries.frequencyOf(
                Tuple.of(3, fragments()), Tuple.of(4, amid),
                Tuple.of(2, unicode), Tuple.of(1, runs));
    }

    /** Aliases every rule of DESIGN.md refuses (look-alikes are refused, never folded): none may ever be held. */
    static Arbitrary<String> aliases() {
        return Arbitraries.oneOf(
                        texts(),
                        Arbitraries.of(HOMOGLYPHS),
                        Arbitraries.of(RESERVED)
                                .map(word -> word.replace('a', '\u0430').replace('o', '\u043E')))
                .filter(Hostile::refusedAsAlias);
    }

    /** A path segment: a hostile text percent-encoded, or a raw segment routers and decoders may trip on. */
    static Arbitrary<String> pathSegments() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, texts().map(Hostile::encode)),
                Tuple.of(2, Arbitraries.of(RAW_SEGMENTS)),
                Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())));
    }

    /** Whether DESIGN.md's rules refuse this input as an alias (ASCII only after trimming and lower-casing). */
    static boolean refusedAsAlias(String input) {
        String trimmed = input.strip();
        if (trimmed.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
            return true;
        }
        String alias = trimmed.toLowerCase(Locale.ROOT);
        return alias.length() < 3
                || alias.length() > 63
                || !ALIAS_SHAPE.matcher(alias).matches()
                || RESERVED.contains(alias);
    }

    /** What a lenient normaliser would make of the input: the alias a careless fold could have held. */
    static String fold(String input) {
        String folded = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "");
        return folded.length() > 63 ? folded.substring(0, 63) : folded;
    }

    /** Percent-encodes every byte of the UTF-8 form but the unreserved characters. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
