package com.resellerplans.notification.template.api;

import com.resellerplans.notification.template.domain.TemplateVersion;
import java.time.Instant;
import java.util.List;

/** A template's saved versions, newest first (a template keeps few, so one page holds them all). */
public record TemplateVersionsView(List<VersionView> items, String nextCursor) {

    /** One saved version. */
    public record VersionView(String id, int number, String subject, Instant createdAt, String createdBy) {
    }

    static TemplateVersionsView of(List<TemplateVersion> versions) {
        return new TemplateVersionsView(versions.stream().map(v -> new VersionView(v.id().toString(), v.number(),
                v.subject(), v.createdAt(), v.createdBy())).toList(), null);
    }
}
