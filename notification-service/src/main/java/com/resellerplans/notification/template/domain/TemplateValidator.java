package com.resellerplans.notification.template.domain;

import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;

/**
 * Refuses a template before it is stored if it could ever fail to render: a Qute syntax error, a placeholder
 * outside the documented ones, or anything a trial rendering with sample values trips on.
 */
public class TemplateValidator {
    private final EmailRenderer renderer;

    public TemplateValidator(EmailRenderer renderer) {
        this.renderer = renderer;
    }

    public void validate(EmailTemplate template) {
        check("subject", template.subject(), Variant.TEXT_PLAIN);
        check("html", template.html(), Variant.TEXT_HTML);
        check("text", template.text(), Variant.TEXT_PLAIN);
    }

    private void check(String part, String source, String contentType) {
        Variant variant = Variant.forContentType(contentType);
        Template parsed;
        try {
            parsed = renderer.parse(source, variant);
        } catch (TemplateException e) {
            throw new TemplateInvalidException("TEMPLATE_INVALID", part, lineOf(e), e.getMessage());
        }
        for (Expression expression : parsed.getExpressions()) {
            if (expression.isLiteral()) {
                continue;
            }
            String name = expression.getParts().get(0).getName();
            if (expression.hasNamespace() || !EmailValues.PLACEHOLDERS.contains(name)) {
                throw new TemplateInvalidException(
                        "TEMPLATE_UNKNOWN_PLACEHOLDER",
                        part,
                        expression.getOrigin().getLine(),
                        "{" + expression.toOriginalString() + "} is not one of "
                                + EmailValues.PLACEHOLDERS.stream().sorted().toList() + ".");
            }
        }
        try {
            renderer.render(source, variant, EmailValues.SAMPLE);
        } catch (TemplateException e) {
            throw new TemplateInvalidException("TEMPLATE_INVALID", part, lineOf(e), e.getMessage());
        }
    }

    private static int lineOf(TemplateException e) {
        return e.getOrigin() == null ? 1 : e.getOrigin().getLine();
    }
}
