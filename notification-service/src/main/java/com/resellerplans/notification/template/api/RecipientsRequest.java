package com.resellerplans.notification.template.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The preferred recipients who get a copy of a template's emails besides the primary contact. */
public record RecipientsRequest(
        @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 320) @Email(regexp = "[^\\s<>\"]+@[^\\s<>\"]+\\.[^\\s<>\"]+") String> recipients) {
}
