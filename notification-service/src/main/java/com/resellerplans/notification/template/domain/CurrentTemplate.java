package com.resellerplans.notification.template.domain;

/**
 * The template a distributor's emails are written from now.
 *
 * @param template   its sources
 * @param version    the distributor's saved version in use, 0 for the platform's default
 * @param enabled    false when the distributor turned this email off
 */
public record CurrentTemplate(EmailTemplate template, int version, boolean enabled) {

    public boolean customised() {
        return version > 0;
    }
}
