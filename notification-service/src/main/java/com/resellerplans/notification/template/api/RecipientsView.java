package com.resellerplans.notification.template.api;

import java.util.List;

/** A template's preferred recipients; {@code id} is the template key. */
public record RecipientsView(String id, List<String> recipients) {}
