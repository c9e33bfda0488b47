package com.resellerplans.storefront.alias.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers "is this alias free for me, and if not, what is?". Asked on every keystroke: one indexed read of the
 * wanted alias and all its candidates together, and no writes.
 */
@ApplicationScoped
public class AliasAvailability {
    private final AliasClaims claims;
    private final Clock clock;

    AliasAvailability(AliasClaims claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    /** @param resellerId the caller's reseller, whose own holds count as free; null for an operator */
    public Availability check(String distributorId, String resellerId, String input) {
        String normalised = Alias.normalise(input);
        List<String> candidates = Suggestions.candidatesFor(normalised);
        try {
            Alias alias = Alias.parse(normalised);
            Standings standings = standings(distributorId, resellerId, alias.value(), candidates);
            return switch (standings.of(alias.value())) {
                case FREE -> Availability.free(alias.value());
                case TAKEN -> Availability.refused(alias.value(), "ALIAS_TAKEN", standings.freeAmong(candidates));
                case RETAINED_FOR_OTHER ->
                    Availability.refused(alias.value(), "ALIAS_HELD", standings.freeAmong(candidates));
            };
        } catch (AliasInvalidException | AliasReservedException refused) {
            List<String> suggestions =
                    standings(distributorId, resellerId, null, candidates).freeAmong(candidates);
            return Availability.refused(normalised, refused.code(), suggestions);
        }
    }

    /** Up to five free alternatives to a valid alias someone else has, for a refusal. */
    public List<String> suggestionsFor(String distributorId, String resellerId, Alias alias) {
        List<String> candidates = Suggestions.candidatesFor(alias.value());
        return standings(distributorId, resellerId, null, candidates).freeAmong(candidates);
    }

    private Standings standings(String distributorId, String resellerId, String wanted, List<String> candidates) {
        List<String> aliases = new ArrayList<>(candidates);
        if (wanted != null) {
            aliases.add(wanted);
        }
        Map<String, AliasClaim> byAlias = claims.onAliases(distributorId, aliases).stream()
                .collect(Collectors.toMap(AliasClaim::alias, Function.identity()));
        return new Standings(byAlias, resellerId, clock.instant());
    }

    /** The claims read for one answer, judged for one caller at one instant. */
    private record Standings(Map<String, AliasClaim> byAlias, String resellerId, Instant now) {
        Standing of(String alias) {
            AliasClaim claim = byAlias.get(alias);
            return claim == null ? Standing.FREE : claim.standingFor(resellerId, now);
        }

        List<String> freeAmong(List<String> candidates) {
            return Suggestions.pick(candidates, candidate -> of(candidate) == Standing.FREE);
        }
    }
}
