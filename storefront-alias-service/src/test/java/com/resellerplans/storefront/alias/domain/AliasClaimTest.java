package com.resellerplans.storefront.alias.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AliasClaimTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    /** A claim of order-1 of the reseller in that status, brought there by the verbs the holds use. */
    private static AliasClaim claim(ClaimStatus status, String reseller, Instant expiresAt, Instant retainedUntil) {
        AliasClaim claim = AliasClaim.of(
                "disti", Alias.parse("techsolutions"), reseller, "order-1", ClaimStatus.HELD, expiresAt, NOW);
        if (retainedUntil != null) {
            claim.retainUntil(retainedUntil, NOW);
        }
        switch (status) {
            case HELD -> claim.holdFor("order-1", reseller, expiresAt, NOW);
            case CONFIRMED -> claim.confirm(NOW);
            case BOUND -> claim.bindTo(reseller, "order-1", NOW);
            case RETAINED -> {}
        }
        return claim;
    }

    @Test
    void a_live_hold_is_taken_for_others_and_free_for_its_own_reseller() {
        AliasClaim held = claim(ClaimStatus.HELD, "r1", NOW.plusSeconds(60), null);
        assertThat(held.standingFor("r2", NOW)).isEqualTo(Standing.TAKEN);
        assertThat(held.standingFor(null, NOW)).isEqualTo(Standing.TAKEN);
        assertThat(held.standingFor("r1", NOW)).isEqualTo(Standing.FREE);
    }

    @Test
    void only_the_resellers_confirmed_hold_of_another_order_may_be_settled_with_order_service() {
        AliasClaim confirmed = claim(ClaimStatus.CONFIRMED, "r1", null, null);
        assertThat(confirmed.isConfirmedForAnotherOrderOf("r1", "order-2")).isTrue();
        assertThat(confirmed.isConfirmedForAnotherOrderOf("r1", "order-1")).isFalse();
        assertThat(confirmed.isConfirmedForAnotherOrderOf("r2", "order-2")).isFalse();
        assertThat(claim(ClaimStatus.HELD, "r1", null, null).isConfirmedForAnotherOrderOf("r1", "order-2"))
                .isFalse();
        assertThat(claim(ClaimStatus.BOUND, "r1", null, null).isConfirmedForAnotherOrderOf("r1", "order-2"))
                .isFalse();
    }

    @Test
    void a_hold_without_expiry_never_lapses_and_an_expired_one_is_free() {
        assertThat(claim(ClaimStatus.HELD, "r1", null, null).standingFor("r2", NOW.plusSeconds(999_999)))
                .isEqualTo(Standing.TAKEN);
        assertThat(claim(ClaimStatus.HELD, "r1", NOW, null).standingFor("r2", NOW))
                .isEqualTo(Standing.FREE);
    }

    @Test
    void confirmed_and_bound_claims_are_taken_for_everyone() {
        assertThat(claim(ClaimStatus.CONFIRMED, "r1", null, null).standingFor("r1", NOW))
                .isEqualTo(Standing.TAKEN);
        assertThat(claim(ClaimStatus.BOUND, "r1", null, null).standingFor("r2", NOW))
                .isEqualTo(Standing.TAKEN);
    }

    @Test
    void a_retained_alias_is_only_for_its_reseller_until_the_retention_ends() {
        AliasClaim retained = claim(ClaimStatus.RETAINED, "r1", null, NOW.plusSeconds(60));
        assertThat(retained.standingFor("r2", NOW)).isEqualTo(Standing.RETAINED_FOR_OTHER);
        assertThat(retained.standingFor("r1", NOW)).isEqualTo(Standing.FREE);
        assertThat(retained.standingFor("r2", NOW.plusSeconds(60))).isEqualTo(Standing.FREE);
    }

    @Test
    void an_expired_hold_of_the_retaining_reseller_stays_retained_for_others() {
        AliasClaim held = claim(ClaimStatus.HELD, "r1", NOW.minusSeconds(1), NOW.plusSeconds(60));
        assertThat(held.standingFor("r2", NOW)).isEqualTo(Standing.RETAINED_FOR_OTHER);
    }

    @Test
    void releasing_the_retaining_resellers_hold_returns_to_retention() {
        AliasClaim held = claim(ClaimStatus.HELD, "r1", null, NOW.plusSeconds(60));
        assertThat(held.releaseKeepingRetention(NOW)).isTrue();
        assertThat(held.status()).isEqualTo(ClaimStatus.RETAINED);
        assertThat(held.orderId()).isNull();
        assertThat(claim(ClaimStatus.HELD, "r1", null, null).releaseKeepingRetention(NOW))
                .isFalse();
    }
}
