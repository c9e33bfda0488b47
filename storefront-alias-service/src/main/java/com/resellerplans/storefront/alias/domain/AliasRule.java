package com.resellerplans.storefront.alias.domain;

import java.util.Optional;

/** The alias syntax rules, in the order they are checked; each names what it refuses. */
enum AliasRule {
    LENGTH("An alias has 3 to 63 characters."),
    CHARACTERS("An alias uses only the letters a-z, the digits 0-9 and '-'."),
    STARTS_WITH_LETTER("An alias starts with a letter a-z."),
    NO_TRAILING_HYPHEN("An alias does not end with '-'."),
    NO_DOUBLE_HYPHEN("An alias does not contain '--'.");

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 63;

    private final String description;

    AliasRule(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** The first rule a normalised alias breaks, if any. */
    static Optional<AliasRule> firstBrokenBy(String alias) {
        if (alias.length() < MIN_LENGTH || alias.length() > MAX_LENGTH) {
            return Optional.of(LENGTH);
        }
        // ASCII only on purpose: homoglyphs such as the Cyrillic 'а' are refused, never folded to Latin
        if (!alias.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            return Optional.of(CHARACTERS);
        }
        if (alias.charAt(0) < 'a' || alias.charAt(0) > 'z') {
            return Optional.of(STARTS_WITH_LETTER);
        }
        if (alias.endsWith("-")) {
            return Optional.of(NO_TRAILING_HYPHEN);
        }
        if (alias.contains("--")) {
            return Optional.of(NO_DOUBLE_HYPHEN);
        }
        return Optional.empty();
    }
}
