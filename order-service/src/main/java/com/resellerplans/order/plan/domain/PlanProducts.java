package com.resellerplans.order.plan.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The plan catalogue, the same for every distributor. */
@ApplicationScoped
public class PlanProducts implements PanacheRepositoryBase<PlanProduct, String> {

    public List<PlanProduct> catalogue() {
        return listAll(Sort.by("plan"));
    }

    /** The product with this code, or {@code UNKNOWN_PRODUCT}. */
    public PlanProduct require(String code) {
        return findByIdOptional(code).orElseThrow(() -> new UnknownProductException(code));
    }
}
