package com.resellerplans.notification.sender.domain;

/**
 * Who a distributor's emails come from.
 *
 * @param distributorId   the tenant
 * @param distributorName the name emails sign with
 * @param senderName      display name of the From header
 * @param senderAddress   address of the From header
 * @param customised      whether the distributor set these, rather than the deployment's defaults
 */
public record SenderIdentity(
        String distributorId, String distributorName, String senderName, String senderAddress, boolean customised) {

    /** The From header: the display name quoted, so commas or dots in it cannot split the address list. */
    public String fromHeader() {
        return "\"" + senderName.replace("\\", "").replace("\"", "") + "\" <" + senderAddress + ">";
    }
}
