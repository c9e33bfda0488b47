package com.resellerplans.notification.sender.api;

import com.resellerplans.notification.sender.domain.SenderIdentity;

/** A distributor's sender; {@code id} is the distributor, {@code customised} false while defaults apply. */
public record SenderSettingsView(
        String id, String distributorName, String senderName, String senderAddress, boolean customised) {

    static SenderSettingsView of(SenderIdentity sender) {
        return new SenderSettingsView(
                sender.distributorId(),
                sender.distributorName(),
                sender.senderName(),
                sender.senderAddress(),
                sender.customised());
    }
}
