package com.resellerplans.notification.sender.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sender a distributor sets; line breaks are refused so no value can inject a mail header. */
@Schema(
        examples = "{\"distributorName\": \"Cloud Disti\", "
                + "\"senderName\": \"Cloud Disti Partner Team\", "
                + "\"senderAddress\": \"partners@disti.example\"}")
public record UpdateSenderSettingsRequest(
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
        @Schema(pattern = "^[^\\r\\n]*\\S[^\\r\\n]*$")
        String distributorName,

        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be one line")
        @Schema(pattern = "^[^\\r\\n]*\\S[^\\r\\n]*$")
        String senderName,

        @NotBlank @Size(max = 320) @Schema(format = "email") @Email(regexp = "[^\\s<>\"]+@[^\\s<>\"]+\\.[^\\s<>\"]+")
        String senderAddress) {}
