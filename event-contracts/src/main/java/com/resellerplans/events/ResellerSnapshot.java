package com.resellerplans.events;

/** What consumers need to know of a reseller, carried so that no consumer calls back to ask. */
public record ResellerSnapshot(String id, String distributorId, String name, Contact primaryContact) {}
