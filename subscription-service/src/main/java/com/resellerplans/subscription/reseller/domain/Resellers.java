package com.resellerplans.subscription.reseller.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The resellers of every distributor; {@link ResellerDirectory} names the distributor in every read. */
@ApplicationScoped
public class Resellers implements PanacheRepositoryBase<Reseller, UUID> {}
