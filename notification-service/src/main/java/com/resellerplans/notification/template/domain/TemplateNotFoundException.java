package com.resellerplans.notification.template.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** No template (or no such version of one) under that key. */
public class TemplateNotFoundException extends DomainException {
    TemplateNotFoundException(String detail) {
        super(Refusal.NOT_FOUND, "TEMPLATE_NOT_FOUND", detail);
    }
}
