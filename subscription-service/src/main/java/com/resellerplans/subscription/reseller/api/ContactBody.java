package com.resellerplans.subscription.reseller.api;

import com.resellerplans.events.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reseller's primary contact as requests carry and answers show it. */
public record ContactBody(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Email @Schema(format = "email") @Size(max = 320)
        String email) {

    static ContactBody of(Contact contact) {
        return new ContactBody(contact.name(), contact.email());
    }

    Contact toContact() {
        return new Contact(name, email);
    }
}
