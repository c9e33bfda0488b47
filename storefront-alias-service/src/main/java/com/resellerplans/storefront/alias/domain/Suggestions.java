package com.resellerplans.storefront.alias.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Alternatives to a wanted alias: the wanted one with a suffix, a number or a prefix, each itself a valid,
 * unreserved alias. Which of them are free is decided by the caller's one query over all the candidates.
 */
public final class Suggestions {
    public static final int MAX = 5;

    private static final List<Affix> VARIANTS = List.of(
            new Affix("", "-cloud"),
            new Affix("", "-online"),
            new Affix("", "1"),
            new Affix("", "-2"),
            new Affix("my", ""),
            new Affix("", "-store"),
            new Affix("", "-hub"),
            new Affix("", "2"),
            new Affix("", "-3"),
            new Affix("the", ""),
            new Affix("", "-web"),
            new Affix("", "-shop"));

    private Suggestions() {}

    /** Every candidate for the input, best first; an invalid input is first cleaned into a usable stem. */
    public static List<String> candidatesFor(String input) {
        String wanted = Alias.normalise(input);
        String stem = stemOf(wanted);
        if (stem.isEmpty()) {
            return List.of();
        }
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(stem);
        VARIANTS.forEach(variant -> candidates.add(variant.around(stem)));
        candidates.remove(wanted);
        return candidates.stream().filter(Alias::isAcceptable).toList();
    }

    /** The first {@link #MAX} candidates the predicate finds free. */
    public static List<String> pick(List<String> candidates, Predicate<String> isFree) {
        return candidates.stream().filter(isFree).limit(MAX).toList();
    }

    /** Letters, digits and single inner hyphens of the input, starting with a letter. */
    static String stemOf(String wanted) {
        String stem =
                wanted.replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return stem.length() > AliasRule.MAX_LENGTH ? trimEnd(stem.substring(0, AliasRule.MAX_LENGTH)) : stem;
    }

    private static String trimEnd(String stem) {
        return stem.replaceAll("-+$", "");
    }

    /** What a variant puts around the stem. */
    private record Affix(String prefix, String suffix) {
        /** prefix + stem + suffix, the stem shortened so the whole stays within the maximum length. */
        String around(String stem) {
            int room = AliasRule.MAX_LENGTH - prefix.length() - suffix.length();
            return prefix + (stem.length() > room ? trimEnd(stem.substring(0, room)) : stem) + suffix;
        }
    }
}
