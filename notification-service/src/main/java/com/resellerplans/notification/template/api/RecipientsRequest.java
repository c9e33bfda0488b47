package com.resellerplans.notification.template.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The preferred recipients who get a copy of a template's emails besides the primary contact. */
@Schema(examples = "{\"recipients\": [\"billing@disti.example\"]}")
public record RecipientsRequest(
        @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 320) @Email(regexp = "[^\\s<>\"]+@[^\\s<>\"]+\\.[^\\s<>\"]+") String> recipients) {}
