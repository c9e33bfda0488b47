package com.resellerplans.storefront.alias.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The alias claims of every distributor; every query names the distributor. */
@ApplicationScoped
public class AliasClaims implements PanacheRepositoryBase<AliasClaim, UUID> {
    private static final String INSERT_IF_ABSENT = """
            INSERT INTO alias_claim (id, distributor_id, alias, reseller_id, order_id, status, expires_at,
                                     created_at, updated_at, version)
            VALUES (:id, :distributorId, :alias, :resellerId, :orderId, :status, :expiresAt, :now, :now, 0)
            ON CONFLICT (distributor_id, alias) DO NOTHING""";
    private static final String CLAIMS_ON_ALIASES = """
            SELECT * FROM alias_claim WHERE distributor_id = :distributorId AND alias = ANY(:aliases)""";

    /**
     * Locks the alias's claim row, first inserting {@code candidate} if the alias has none. Two callers racing
     * for a free alias meet on the unique index: the loser's insert waits for the winner's commit and then
     * does nothing, and its locked read sees the winner's row.
     *
     * @return the locked row; it is {@code candidate}'s own data exactly when {@code candidate.id()} matches
     */
    public AliasClaim lockOrInsert(AliasClaim candidate) {
        return lockedByAlias(candidate.distributorId(), candidate.alias()).orElseGet(() -> {
            getEntityManager()
                    .createNativeQuery(INSERT_IF_ABSENT)
                    .setParameter("id", candidate.id())
                    .setParameter("distributorId", candidate.distributorId())
                    .setParameter("alias", candidate.alias())
                    .setParameter("resellerId", candidate.resellerId())
                    .setParameter("orderId", candidate.orderId())
                    .setParameter("status", candidate.status().name())
                    .setParameter("expiresAt", candidate.expiresAt())
                    .setParameter("now", candidate.updatedAt())
                    .executeUpdate();
            return lockedByAlias(candidate.distributorId(), candidate.alias()).orElseThrow();
        });
    }

    public Optional<AliasClaim> lockedByAlias(String distributorId, String alias) {
        return find("distributorId = ?1 and alias = ?2", distributorId, alias)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<AliasClaim> lockedByOrder(String distributorId, String orderId) {
        return find("distributorId = ?1 and orderId = ?2", distributorId, orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The claim another order took over after this order's hold expired, if any. */
    public Optional<AliasClaim> takenOverFrom(String distributorId, String orderId) {
        return find("distributorId = ?1 and previousOrderId = ?2", distributorId, orderId)
                .firstResultOptional();
    }

    /**
     * The claims on any of the aliases, in one indexed read. Native with one array parameter: an HQL {@code in}
     * list is translated to SQL again on every call (its length is part of the statement), which cost the
     * availability check, asked on every keystroke, a fifth of its CPU.
     */
    @SuppressWarnings("unchecked")
    public List<AliasClaim> onAliases(String distributorId, Collection<String> aliases) {
        return aliases.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createNativeQuery(CLAIMS_ON_ALIASES, AliasClaim.class)
                        .setParameter("distributorId", distributorId)
                        .setParameter("aliases", aliases.toArray(String[]::new))
                        .getResultList();
    }

    /**
     * CONFIRMED claims of every distributor (a job's read, not a caller's) unchanged since {@code before},
     * oldest first, keyset-paged after {@code afterOrNull}.
     */
    public List<AliasClaim> confirmedUnchangedSince(Instant before, AliasClaim afterOrNull, int limit) {
        String order = " order by updatedAt, id";
        if (afterOrNull == null) {
            return find("status = ?1 and updatedAt <= ?2" + order, ClaimStatus.CONFIRMED, before)
                    .range(0, limit - 1)
                    .list();
        }
        return find(
                        "status = ?1 and updatedAt <= ?2 and (updatedAt > ?3 or (updatedAt = ?3 and id > ?4))" + order,
                        ClaimStatus.CONFIRMED,
                        before,
                        afterOrNull.updatedAt(),
                        afterOrNull.id())
                .range(0, limit - 1)
                .list();
    }
}
