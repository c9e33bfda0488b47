package com.resellerplans.notification.template.domain;

/** What a distributor wrote for a template; {@code enabled} null keeps the email on. */
public record TemplateDraft(String subject, String html, String text, Boolean enabled) {

    EmailTemplate toTemplate(TemplateKey key) {
        return new EmailTemplate(key, subject.strip(), html, text);
    }
}
