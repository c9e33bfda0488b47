package com.resellerplans.notification.template.domain;

/**
 * The Qute sources of one email: a one-line subject, an HTML body and its plain-text alternative.
 *
 * @param key     which email this is
 * @param subject Qute source of the subject
 * @param html    Qute source of the HTML body (values are HTML-escaped when rendered)
 * @param text    Qute source of the plain-text body
 */
public record EmailTemplate(TemplateKey key, String subject, String html, String text) {}
