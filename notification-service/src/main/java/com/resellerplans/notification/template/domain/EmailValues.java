package com.resellerplans.notification.template.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The documented placeholders a template may use; a value not known for an email is empty, so templates can
 * test it with {@code {#if storefrontUrl}}.
 *
 * @param resellerName    the reseller's name
 * @param contactName     the recipient's name (the primary contact's, or the address for a preferred recipient)
 * @param storefrontUrl   the reseller's storefront URL
 * @param plan            the plan's display name, {@code Free} or {@code Standard}
 * @param effectiveDate   when a cancellation takes or took effect, for example {@code 28 December 2026}
 * @param distributorName the distributor's display name
 */
public record EmailValues(
        String resellerName,
        String contactName,
        String storefrontUrl,
        String plan,
        String effectiveDate,
        String distributorName) {

    public static final Set<String> PLACEHOLDERS =
            Set.of("resellerName", "contactName", "storefrontUrl", "plan", "effectiveDate", "distributorName");

    /** Values every placeholder has, for previews and for the trial rendering that validates a template. */
    public static final EmailValues SAMPLE = new EmailValues(
            "Tech Solutions",
            "Ann Lee",
            "https://cloud.disti.com/techsolutions",
            "Standard",
            "28 December 2026",
            "Disti");

    Map<String, Object> asData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resellerName", orEmpty(resellerName));
        data.put("contactName", orEmpty(contactName));
        data.put("storefrontUrl", orEmpty(storefrontUrl));
        data.put("plan", orEmpty(plan));
        data.put("effectiveDate", orEmpty(effectiveDate));
        data.put("distributorName", orEmpty(distributorName));
        return data;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
