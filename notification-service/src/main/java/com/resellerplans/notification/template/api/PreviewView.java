package com.resellerplans.notification.template.api;

import com.resellerplans.notification.template.domain.RenderedEmail;

/** A template rendered with sample values; {@code id} is the template key. */
public record PreviewView(String id, String subject, String html, String text) {

    static PreviewView of(String key, RenderedEmail email) {
        return new PreviewView(key, email.subject(), email.html(), email.text());
    }
}
