package com.resellerplans.notification.template.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The platform's default templates, shipped as resources {@code default-templates/<key>.{subject,html,txt}}. */
public final class DefaultTemplates {
    private static final String LOCATION = "default-templates/";

    private final Map<TemplateKey, EmailTemplate> templates = new EnumMap<>(TemplateKey.class);

    public DefaultTemplates() {
        for (TemplateKey key : TemplateKey.values()) {
            templates.put(
                    key,
                    new EmailTemplate(
                            key, resource(key, "subject").strip(), resource(key, "html"), resource(key, "txt")));
        }
    }

    public EmailTemplate of(TemplateKey key) {
        return templates.get(key);
    }

    private static String resource(TemplateKey key, String extension) {
        String name = LOCATION + key.key() + "." + extension;
        try (InputStream in = DefaultTemplates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Default template missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Default template unreadable: " + name, e);
        }
    }
}
