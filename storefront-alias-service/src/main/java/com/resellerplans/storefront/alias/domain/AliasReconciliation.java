package com.resellerplans.storefront.alias.domain;

import com.resellerplans.outbox.JobTurns;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Settles confirmed holds no storefront took within a day: a confirmed hold never expires (an executed order's
 * alias must survive any downtime), so one whose order never executed, because order-service's commit failed
 * and its release was lost too, would be held forever. order-service is asked about each: executed → kept
 * (the storefront takes it when the subscription event arrives), not executed → freed, no answer → asked again.
 * One instance of the deployment runs it per period.
 */
@ApplicationScoped
public class AliasReconciliation {
    private static final int PAGE = 100;

    private final AliasHolds holds;
    private final OrderLedger ledger;
    private final AliasesConfig config;
    private final Clock clock;
    private final JobTurns turns;

    AliasReconciliation(AliasHolds holds, OrderLedger ledger, AliasesConfig config, Clock clock, JobTurns turns) {
        this.holds = holds;
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
        this.turns = turns;
    }

    @Scheduled(
            identity = "alias-reconciliation",
            every = "${aliases.reconcile-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcileDue(ScheduledExecution tick) {
        if (turns.takeTurn(tick)) {
            reconcile();
        }
    }

    /**
     * Checks every confirmed hold unbound since before the configured age; no transaction spans a call to
     * order-service, and each settlement re-checks the hold under its row lock.
     *
     * @return how many holds were freed
     */
    public int reconcile() {
        Instant unboundSince = clock.instant().minus(config.reconcileUnboundAfter());
        int freed = 0;
        List<AliasClaim> page = holds.confirmedUnboundSince(unboundSince, null, PAGE);
        while (!page.isEmpty()) {
            for (AliasClaim claim : page) {
                switch (ledger.outcomeOf(claim.distributorId(), claim.orderId())) {
                    case EXECUTED -> holds.keepConfirmed(claim.distributorId(), claim.orderId());
                    case NOT_EXECUTED -> freed += holds.freeUnexecuted(claim.distributorId(), claim.orderId()) ? 1 : 0;
                    case UNKNOWN -> {}
                }
            }
            page = page.size() < PAGE
                    ? List.of()
                    : holds.confirmedUnboundSince(unboundSince, page.get(page.size() - 1), PAGE);
        }
        return freed;
    }
}
