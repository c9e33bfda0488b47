package com.resellerplans.notification.delivery.domain;

/** Who one email is for and which event caused it: the identity of a delivery. */
public record EmailAddressing(String distributorId, String resellerId, String eventId, String recipient) {}
