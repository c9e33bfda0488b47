package com.resellerplans.order;

import static io.restassured.RestAssured.given;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import com.resellerplans.events.OrderKind;
import com.resellerplans.events.Plan;
import com.resellerplans.events.ResellerSnapshot;
import com.resellerplans.events.Tier;
import com.resellerplans.localservers.TestServers;
import com.resellerplans.order.domain.KnownReseller;
import com.resellerplans.order.domain.Order;
import com.resellerplans.order.domain.Orders;
import com.resellerplans.order.position.domain.PlanPosition;
import com.resellerplans.order.position.domain.PlanPositions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Puts state in place and reads it back straight from the database, so tests need no neighbour service. */
@ApplicationScoped
public class TestData {
    private final EntityManager entityManager;
    private final PlanPositions positions;
    private final Orders orders;
    private final Clock clock;

    TestData(EntityManager entityManager, PlanPositions positions, Orders orders, Clock clock) {
        this.entityManager = entityManager;
        this.positions = positions;
        this.orders = orders;
        this.clock = clock;
    }

    /** A fresh tenant, so tests never see each other's rows. */
    public static String newDistributor() {
        return "disti-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newReseller() {
        return UUID.randomUUID().toString();
    }

    public static String resellerToken(String distributorId, String resellerId) {
        return TestServers.tokens().reseller(distributorId, resellerId);
    }

    /** An operator's {@code POST /bss/v1/orders} of one product for the reseller. */
    public static Response draft(String operatorToken, String resellerId, String product) {
        return given().auth()
                .oauth2(operatorToken)
                .contentType(ContentType.JSON)
                .body("{\"resellerId\":\"" + resellerId + "\",\"items\":[{\"product\":\"" + product + "\"}]}")
                .post("/bss/v1/orders");
    }

    public static String operatorToken(String distributorId) {
        return TestServers.tokens().operator(distributorId);
    }

    public void position(String distributorId, String resellerId, Tier tier, String subscriptionId, boolean pending) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("""
                        INSERT INTO plan_position (reseller_id, distributor_id, tier, subscription_id,
                            cancellation_pending, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, 0)""")
                        .setParameter(1, resellerId)
                        .setParameter(2, distributorId)
                        .setParameter(3, tier.name())
                        .setParameter(4, subscriptionId)
                        .setParameter(5, pending)
                        .executeUpdate());
    }

    public Optional<PlanPosition> position(String distributorId, String resellerId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> positions
                        .find("resellerId = ?1 and distributorId = ?2", resellerId, distributorId)
                        .firstResultOptional());
    }

    /** An order as a channel would have left it: a draft, or executed (with the subscription of an upgrade). */
    public Order order(
            String distributorId, String resellerId, OrderKind kind, Plan plan, String alias, boolean executed) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            Order order = Order.draft(
                    UUID.randomUUID(),
                    distributorId,
                    resellerId,
                    kind,
                    plan.name() + "_PLAN",
                    plan,
                    executed ? Channel.STOREFRONT : Channel.BSS,
                    new Actor("someone", "reseller-admin"),
                    now);
            if (alias != null) {
                order.setAlias(alias);
            }
            if (executed) {
                order.execute(kind, kind == OrderKind.UPGRADE ? "sub-" + resellerId : null, now);
            }
            orders.persist(order);
            return order;
        });
    }

    public Optional<Order> order(String distributorId, UUID orderId) {
        return QuarkusTransaction.requiringNew().call(() -> orders.find(distributorId, orderId));
    }

    /** Rows of a distributor's table (basket_item, orders, plan_position). */
    public long count(String table, String distributorId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM " + table + " WHERE distributor_id = ?1")
                                .setParameter(1, distributorId)
                                .getSingleResult())
                        .longValue());
    }

    /** The reseller as order-service's copy of the directory holds it. */
    public Optional<ResellerSnapshot> knownReseller(String resellerId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Optional.ofNullable(entityManager.find(KnownReseller.class, resellerId))
                        .map(KnownReseller::snapshot));
    }

    /** Events written to the outbox about a reseller. */
    public long outboxEvents(String resellerId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT count(*) FROM outbox_message WHERE subject = ?1")
                                .setParameter(1, resellerId)
                                .getSingleResult())
                        .longValue());
    }
}
