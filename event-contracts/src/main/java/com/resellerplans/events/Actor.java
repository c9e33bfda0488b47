package com.resellerplans.events;

/**
 * Who caused a change.
 *
 * @param subject the token's {@code sub}, or {@code scheduler} for time-driven changes
 * @param role    the token group the actor acted in ({@code bss-operator}, {@code reseller-admin}) or {@code system}
 */
public record Actor(String subject, String role) {
    public static final Actor SCHEDULER = new Actor("scheduler", "system");
}
