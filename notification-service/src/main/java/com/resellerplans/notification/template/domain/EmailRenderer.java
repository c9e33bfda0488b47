package com.resellerplans.notification.template.domain;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Renders email templates with a Qute engine of its own (plain Qute, no Quarkus needed, so templates are
 * testable as plain units). Rendering is strict: a placeholder that is not documented fails instead of
 * silently printing nothing, and values in the HTML body are escaped.
 */
@ApplicationScoped
public class EmailRenderer {
    private static final Variant HTML = Variant.forContentType(Variant.TEXT_HTML);
    private static final Variant TEXT = Variant.forContentType(Variant.TEXT_PLAIN);

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
            .strictRendering(true)
            .build();

    public RenderedEmail render(EmailTemplate template, EmailValues values) {
        String subject = render(template.subject(), TEXT, values).strip().replaceAll("\\s+", " ");
        return new RenderedEmail(subject, render(template.html(), HTML, values), render(template.text(), TEXT, values));
    }

    /** Parses a template source; a syntax error is a {@link io.quarkus.qute.TemplateException} naming its line. */
    Template parse(String source, Variant variant) {
        return engine.parse(source, variant);
    }

    String render(String source, Variant variant, EmailValues values) {
        TemplateInstance instance = parse(source, variant).instance();
        values.asData().forEach(instance::data);
        return instance.render();
    }
}
