package com.resellerplans.storefront.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/** The settings document of the storefront {@code id}. */
public record StorefrontSettingsView(UUID id, @JsonUnwrapped StorefrontSettingsDocument document) {}
