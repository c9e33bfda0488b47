package com.resellerplans.storefront.api;

import java.util.UUID;

/** A granted storefront sign-in: where to go and who signed in. */
public record SignInView(UUID id, String storefrontUrl, String subject) {}
