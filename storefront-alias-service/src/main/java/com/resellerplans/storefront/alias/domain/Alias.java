package com.resellerplans.storefront.alias.domain;

import java.util.Optional;

/** A storefront alias that passed every rule: normalised (trimmed, lower-case), valid and not reserved. */
public record Alias(String value) {

    /** Normalises and checks the input; refuses as invalid or reserved. */
    public static Alias parse(String input) {
        String normalised = normalise(input);
        Optional<AliasRule> broken = AliasRule.firstBrokenBy(normalised);
        if (broken.isPresent()) {
            throw new AliasInvalidException(normalised, broken.get().description());
        }
        if (ReservedAliases.contains(normalised)) {
            throw new AliasReservedException(normalised);
        }
        return new Alias(normalised);
    }

    /** Whether the input would parse; for generated candidates, which are never reported. */
    public static boolean isAcceptable(String input) {
        String normalised = normalise(input);
        return AliasRule.firstBrokenBy(normalised).isEmpty() && !ReservedAliases.contains(normalised);
    }

    /**
     * Trimmed, and only the ASCII capitals lower-cased: {@code toLowerCase} would fold look-alikes such as the
     * Kelvin sign (U+212A) into an ASCII 'k', and a look-alike must be refused, never folded.
     */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder normalised = new StringBuilder(input.strip());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                normalised.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return normalised.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
