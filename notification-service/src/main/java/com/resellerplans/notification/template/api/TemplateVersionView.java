package com.resellerplans.notification.template.api;

import com.resellerplans.notification.template.domain.TemplateVersion;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One saved version of a template, as the version list shows it. */
public record TemplateVersionView(
        String id,
        int number,
        String subject,
        Instant createdAt,
        @Schema(nullable = true) String createdBy) {

    static TemplateVersionView of(TemplateVersion version) {
        return new TemplateVersionView(
                version.id().toString(), version.number(), version.subject(), version.createdAt(), version.createdBy());
    }
}
