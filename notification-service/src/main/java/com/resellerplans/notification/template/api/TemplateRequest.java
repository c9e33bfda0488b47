package com.resellerplans.notification.template.api;

import com.resellerplans.notification.template.domain.TemplateDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A template written in Qute with the documented placeholders; {@code enabled} false turns the email off. */
public record TemplateRequest(
        @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subject,
        @NotBlank @Size(max = 100_000) String html,
        @NotBlank @Size(max = 100_000) String text,
        Boolean enabled) {

    TemplateDraft toDraft() {
        return new TemplateDraft(subject, html, text, enabled);
    }
}
