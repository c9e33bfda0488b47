package com.resellerplans.notification.template.api;

import com.resellerplans.notification.template.domain.CurrentTemplate;
import com.resellerplans.notification.template.domain.EmailValues;
import java.util.List;

/** A template as the distributor's emails use it now; {@code version} 0 is the platform's default. */
public record TemplateView(
        String id,
        String subject,
        String html,
        String text,
        boolean enabled,
        int version,
        boolean customised,
        List<String> placeholders) {

    static TemplateView of(CurrentTemplate current) {
        return new TemplateView(
                current.template().key().key(),
                current.template().subject(),
                current.template().html(),
                current.template().text(),
                current.enabled(),
                current.version(),
                current.customised(),
                EmailValues.PLACEHOLDERS.stream().sorted().toList());
    }
}
