package com.resellerplans.notification.template.domain;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import java.util.Map;

/** A template a distributor wrote cannot be rendered; names the part (subject, html, text) and the line. */
public class TemplateInvalidException extends DomainException {
    TemplateInvalidException(String code, String part, int line, String detail) {
        super(
                Refusal.INVALID,
                code,
                "The " + part + " is not a valid template at line " + line + ": " + detail,
                Map.of("part", part, "line", line));
    }
}
