package com.resellerplans.order.plan.domain;

import com.resellerplans.order.position.domain.PlanPosition;
import com.resellerplans.order.position.domain.PlanPositions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Shows the catalogue to a reseller through the same rules that checkout applies. */
@ApplicationScoped
public class PlanCatalogue {
    private final PlanProducts products;
    private final PlanPositions positions;

    PlanCatalogue(PlanProducts products, PlanPositions positions) {
        this.products = products;
        this.positions = positions;
    }

    @Transactional
    public List<PlanOffer> offersFor(String distributorId, String resellerId) {
        PlanPosition position = positions.current(distributorId, resellerId);
        return products.catalogue().stream()
                .map(product -> new PlanOffer(product, position.offerFor(product.plan())))
                .toList();
    }
}
