package com.resellerplans.notification.template.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Setup → Notifications → Customer Notifications: a distributor edits a template (each save is a new version),
 * restores an earlier version, turns the email off, previews it and names its preferred recipients.
 */
@ApplicationScoped
public class TemplateService {
    private final Templates templates;
    private final TemplateCatalogue catalogue;
    private final EmailRenderer renderer;
    private final TemplateValidator validator;
    private final Clock clock;

    TemplateService(Templates templates, TemplateCatalogue catalogue, EmailRenderer renderer, Clock clock) {
        this.templates = templates;
        this.catalogue = catalogue;
        this.renderer = renderer;
        this.validator = new TemplateValidator(renderer);
        this.clock = clock;
    }

    @Transactional
    public CurrentTemplate current(String distributorId, String key) {
        return catalogue.templateFor(distributorId, keyOf(key));
    }

    /** Saves a new version and makes it current; refused whole if any part could not render. */
    @Transactional
    public CurrentTemplate change(String distributorId, String key, TemplateDraft draft, String by) {
        TemplateKey templateKey = keyOf(key);
        EmailTemplate template = draft.toTemplate(templateKey);
        validator.validate(template);
        TemplateSettings settings = templates.lockedOrCreated(distributorId, templateKey, now());
        int number = templates.nextVersionNumber(distributorId, templateKey);
        templates.add(new TemplateVersion(distributorId, template, number, now(), by));
        settings.makeCurrent(number, draft.enabled() == null || draft.enabled(), now());
        return catalogue.templateFor(distributorId, templateKey);
    }

    @Transactional
    public List<TemplateVersion> versions(String distributorId, String key) {
        return templates.versions(distributorId, keyOf(key));
    }

    /** Saves a copy of an earlier version as the newest one, so history only ever grows. */
    @Transactional
    public CurrentTemplate restore(String distributorId, String key, int number, String by) {
        TemplateKey templateKey = keyOf(key);
        TemplateVersion earlier = templates
                .version(distributorId, templateKey, number)
                .orElseThrow(
                        () -> new TemplateNotFoundException("Template " + key + " has no version " + number + "."));
        TemplateSettings settings = templates.lockedOrCreated(distributorId, templateKey, now());
        int restored = templates.nextVersionNumber(distributorId, templateKey);
        templates.add(new TemplateVersion(distributorId, earlier.template(), restored, now(), by));
        settings.makeCurrent(restored, settings.enabled(), now());
        return catalogue.templateFor(distributorId, templateKey);
    }

    /** Renders the draft (or, without one, the current template) with sample values; stores nothing. */
    @Transactional
    public RenderedEmail preview(String distributorId, String key, TemplateDraft draftOrNull) {
        TemplateKey templateKey = keyOf(key);
        EmailTemplate template = draftOrNull == null
                ? catalogue.templateFor(distributorId, templateKey).template()
                : draftOrNull.toTemplate(templateKey);
        validator.validate(template);
        return renderer.render(template, EmailValues.SAMPLE);
    }

    @Transactional
    public List<String> recipients(String distributorId, String key) {
        return catalogue.preferredRecipients(distributorId, keyOf(key));
    }

    /** Replaces the preferred recipients; addresses are compared without case and kept once. */
    @Transactional
    public List<String> replaceRecipients(String distributorId, String key, List<String> addresses) {
        TemplateKey templateKey = keyOf(key);
        // under the template's lock: two concurrent replacements run one after the other, never into each other's
        // inserts
        templates.lockedOrCreated(distributorId, templateKey, now());
        templates.replaceRecipients(
                distributorId,
                templateKey,
                addresses.stream()
                        .map(a -> a.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .sorted()
                        .toList());
        return catalogue.preferredRecipients(distributorId, templateKey);
    }

    private static TemplateKey keyOf(String key) {
        return TemplateKey.fromKey(key)
                .orElseThrow(() -> new TemplateNotFoundException("There is no template " + key + "."));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
