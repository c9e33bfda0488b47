package com.resellerplans.subscription.reseller.domain;

import com.resellerplans.domain.Page;
import com.resellerplans.domain.PageRequest;
import com.resellerplans.events.Contact;
import com.resellerplans.events.Contracts;
import com.resellerplans.events.ResellerRegistered;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.Tier;
import com.resellerplans.outbox.Outbox;
import com.resellerplans.subscription.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers and finds the resellers of a distributor. Every registration is announced ({@code
 * reseller.registered.v1}) in its own transaction, so that order-service knows the reseller without asking.
 */
@ApplicationScoped
public class ResellerDirectory {
    private final Resellers resellers;
    private final Outbox outbox;
    private final Clock clock;

    ResellerDirectory(Resellers resellers, Outbox outbox, Clock clock) {
        this.resellers = resellers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Reseller register(String distributorId, String name, Contact primaryContact) {
        Reseller reseller =
                Reseller.register(UUID.randomUUID(), distributorId, name, primaryContact, Instant.now(clock));
        resellers.persist(reseller);
        outbox.publish(
                Contracts.RESELLER_REGISTERED,
                reseller.id().toString(),
                new ResellerRegistered(reseller.snapshot(), reseller.createdAt()));
        return reseller;
    }

    /** Resellers of the distributor, optionally of one tier and whose name starts with {@code namePrefix}. */
    public Page<Reseller> list(String distributorId, Tier tier, String namePrefix, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributorId", distributorId);
        String where = "distributorId = :distributorId";
        if (tier != null) {
            where += " and tier = :tier";
            parameters.put("tier", tier);
        }
        if (namePrefix != null && !namePrefix.isBlank()) {
            where += " and lower(name) like :prefix escape '\\'";
            parameters.put("prefix", likePrefix(namePrefix));
        }
        where = page.restrict(where, parameters);
        return page.page(
                resellers
                        .find(where + PageRequest.OLDEST_FIRST, parameters)
                        .range(0, page.limit())
                        .list(),
                Reseller::createdAt,
                Reseller::id);
    }

    /** The distributor's reseller, as an operator sees it. */
    public Reseller get(String distributorId, String id) {
        return find(distributorId, id).orElseThrow(() -> new ResellerNotFoundException(id));
    }

    /** The reseller as a caller sees it: an operator any of its distributor's, a reseller only itself. */
    public Reseller getVisibleTo(String distributorId, Optional<String> ownResellerId, String id) {
        if (ownResellerId.isPresent() && !ownResellerId.get().equals(id)) {
            throw new ResellerNotFoundException(id);
        }
        return get(distributorId, id);
    }

    /**
     * The reseller an event names, created from its snapshot if this directory does not know it yet (the
     * directory lives here, so that only happens for resellers registered before it did). Not announced: the
     * event's publisher knew the reseller already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reseller findOrRegister(ResellerSnapshot snapshot) {
        return find(snapshot.distributorId(), snapshot.id()).orElseGet(() -> {
            Reseller reseller = Reseller.register(
                    UUID.fromString(snapshot.id()),
                    snapshot.distributorId(),
                    snapshot.name(),
                    snapshot.primaryContact(),
                    Instant.now(clock));
            resellers.persist(reseller);
            return reseller;
        });
    }

    public Optional<Reseller> find(String distributorId, String id) {
        return Ids.parse(id)
                .flatMap(uuid -> resellers
                        .find("id = ?1 and distributorId = ?2", uuid, distributorId)
                        .firstResultOptional());
    }

    private static String likePrefix(String prefix) {
        String escaped = prefix.trim()
                .toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return escaped + "%";
    }
}
