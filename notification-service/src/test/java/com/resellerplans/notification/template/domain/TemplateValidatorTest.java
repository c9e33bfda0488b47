package com.resellerplans.notification.template.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.resellerplans.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A template is refused before it is stored if it could fail to render, naming the part and the line. */
class TemplateValidatorTest {
    private final TemplateValidator validator = new TemplateValidator(new EmailRenderer());

    @ParameterizedTest
    @EnumSource(TemplateKey.class)
    void everyDefaultTemplateIsValid(TemplateKey key) {
        assertThatCode(() -> validator.validate(new DefaultTemplates().of(key))).doesNotThrowAnyException();
    }

    @Test
    void aSyntaxErrorNamesThePartAndLine() {
        EmailTemplate broken = new EmailTemplate(
                TemplateKey.SUBSCRIPTION_UPGRADED, "Hi", "<p>one</p>\n<p>two</p>\n{#if plan}unclosed", "text");

        assertThatThrownBy(() -> validator.validate(broken)).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("TEMPLATE_INVALID");
            assertThat(refusal.extensions()).containsEntry("part", "html");
        });
    }

    @Test
    void anUnknownPlaceholderNamesItsLine() {
        EmailTemplate unknown = new EmailTemplate(
                TemplateKey.SUBSCRIPTION_UPGRADED,
                "Hi {resellerName}",
                "<p>x</p>",
                "Hello {contactName},\n\nYour number is {customerNumber}.");

        assertThatThrownBy(() -> validator.validate(unknown)).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("TEMPLATE_UNKNOWN_PLACEHOLDER");
            assertThat(refusal.extensions()).containsEntry("part", "text").containsEntry("line", 3);
            assertThat(refusal.getMessage()).contains("customerNumber");
        });
    }

    @Test
    void aMethodThatDoesNotExistOnAPlaceholderIsRefused() {
        EmailTemplate template = new EmailTemplate(TemplateKey.SUBSCRIPTION_UPGRADED, "{plan.shout}", "<p>x</p>", "x");

        assertThatThrownBy(() -> validator.validate(template)).isInstanceOf(TemplateInvalidException.class);
    }
}
