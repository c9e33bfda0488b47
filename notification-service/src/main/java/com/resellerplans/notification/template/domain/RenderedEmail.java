package com.resellerplans.notification.template.domain;

/** One email ready to send: a single-line subject, the HTML body and the plain-text alternative. */
public record RenderedEmail(String subject, String html, String text) {}
