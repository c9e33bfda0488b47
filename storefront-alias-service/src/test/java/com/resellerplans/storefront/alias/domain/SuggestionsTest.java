package com.resellerplans.storefront.alias.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuggestionsTest {

    @Test
    void derives_alternatives_from_the_wanted_alias_best_first() {
        assertThat(Suggestions.candidatesFor("techsolutions"))
                .startsWith(
                        "techsolutions-cloud",
                        "techsolutions-online",
                        "techsolutions1",
                        "techsolutions-2",
                        "mytechsolutions");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "techsolutions",
                "store",
                "Tech Solutions!",
                "1-acme--corp-",
                "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc",
                "a-b",
                "x"
            })
    void every_candidate_is_a_valid_unreserved_alias_other_than_the_wanted_one(String wanted) {
        assertThat(Suggestions.candidatesFor(wanted))
                .allSatisfy(candidate ->
                        assertThat(Alias.isAcceptable(candidate)).as(candidate).isTrue())
                .doesNotContain(Alias.normalise(wanted))
                .doesNotHaveDuplicates();
    }

    @Test
    void cleans_an_invalid_input_into_a_stem() {
        assertThat(Suggestions.candidatesFor("Tech Solutions!")).startsWith("tech-solutions");
        assertThat(Suggestions.candidatesFor("---")).isEmpty();
    }

    @Test
    void picks_at_most_five_free_ones() {
        Set<String> taken = Set.of("techsolutions-cloud", "techsolutions1");
        assertThat(Suggestions.pick(Suggestions.candidatesFor("techsolutions"), c -> !taken.contains(c)))
                .containsExactly(
                        "techsolutions-online",
                        "techsolutions-2",
                        "mytechsolutions",
                        "techsolutions-store",
                        "techsolutions-hub");
    }
}
