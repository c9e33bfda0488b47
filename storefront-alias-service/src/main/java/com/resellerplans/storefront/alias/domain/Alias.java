package com.resellerplans.storefront.alias.domain;

import java.util.Locale;
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

    /** Trimmed and lower-cased with the root locale (a Turkish default locale must not turn 'I' into 'ı'). */
    public static String normalise(String input) {
        return input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
