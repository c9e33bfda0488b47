package com.resellerplans.notification.template.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Which template a distributor's email is written from: its own current version once it saved one, else the
 * platform's default; and who gets a copy besides the reseller's primary contact.
 */
@ApplicationScoped
public class TemplateCatalogue {
    private final DefaultTemplates defaults = new DefaultTemplates();
    private final Templates templates;

    TemplateCatalogue(Templates templates) {
        this.templates = templates;
    }

    @Transactional
    public CurrentTemplate templateFor(String distributorId, TemplateKey key) {
        return templates
                .settingsOf(distributorId, key)
                .map(settings -> new CurrentTemplate(
                        settings.currentVersion() == 0
                                ? defaults.of(key)
                                : templates
                                        .version(distributorId, key, settings.currentVersion())
                                        .orElseThrow()
                                        .template(),
                        settings.currentVersion(),
                        settings.enabled()))
                .orElseGet(() -> new CurrentTemplate(defaults.of(key), 0, true));
    }

    @Transactional
    public List<String> preferredRecipients(String distributorId, TemplateKey key) {
        return templates.recipientsOf(distributorId, key);
    }
}
