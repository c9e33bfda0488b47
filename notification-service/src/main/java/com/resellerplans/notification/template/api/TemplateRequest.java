package com.resellerplans.notification.template.api;

import com.resellerplans.notification.template.domain.TemplateDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template written in Qute with the documented placeholders; {@code enabled} false turns the email off. */
@Schema(
        examples = "{\"subject\": \"Welcome to Standard Reseller Storefront\", "
                + "\"html\": \"<p>Hello {contactName}, {resellerName}'s storefront is at {storefrontUrl}.</p>\", "
                + "\"text\": \"Hello {contactName}, {resellerName}'s storefront is at {storefrontUrl}.\", "
                + "\"enabled\": true}")
public record TemplateRequest(
        @NotBlank
        @Size(max = 500)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
        @Schema(pattern = "^[^\\r\\n]*\\S[^\\r\\n]*$")
        String subject,

        @NotBlank @Size(max = 100_000) String html,
        @NotBlank @Size(max = 100_000) String text,
        Boolean enabled) {

    TemplateDraft toDraft() {
        return new TemplateDraft(subject, html, text, enabled);
    }
}
