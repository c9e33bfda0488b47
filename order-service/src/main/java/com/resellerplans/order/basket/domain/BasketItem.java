package com.resellerplans.order.basket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A product a reseller put in its basket. */
@Entity
@Table(name = "basket_item")
public class BasketItem {
    @Id
    private UUID id;

    @Column(name = "distributor_id")
    private String distributorId;

    @Column(name = "reseller_id")
    private String resellerId;

    private String product;

    @Column(name = "added_at")
    private Instant addedAt;

    protected BasketItem() {}

    BasketItem(String distributorId, String resellerId, String product, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.distributorId = distributorId;
        this.resellerId = resellerId;
        this.product = product;
        this.addedAt = addedAt;
    }

    public UUID id() {
        return id;
    }

    public String product() {
        return product;
    }
}
