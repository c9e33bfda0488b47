package com.resellerplans.notification.template.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.qute.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The platform's default emails read like real emails and render every documented placeholder. */
class DefaultTemplatesTest {
    private static final EmailValues VALUES = new EmailValues(
            "Tech Solutions",
            "Ann Lee",
            "https://cloud.disti.com/techsolutions",
            "Standard",
            "28 December 2026",
            "Disti One");

    private final DefaultTemplates defaults = new DefaultTemplates();
    private final EmailRenderer renderer = new EmailRenderer();

    @Test
    void welcomeTellsTheNewUrlTheSameCredentialsAndToCustomise() {
        RenderedEmail email = render(TemplateKey.WELCOME_STANDARD_RESELLER_STOREFRONT);

        assertThat(email.subject()).isEqualTo("Welcome to Standard Reseller Storefront");
        for (String body : new String[] {email.text(), email.html()}) {
            assertThat(body)
                    .contains(
                            "Hello Ann Lee",
                            "https://cloud.disti.com/techsolutions",
                            "same credentials",
                            "Disti One storefront",
                            "Tech Solutions",
                            "Customer Portal",
                            "markups");
        }
        assertThat(email.html()).contains("<a href=\"https://cloud.disti.com/techsolutions\">");
    }

    @Test
    void upgradedNamesThePlanAndTheStorefront() {
        RenderedEmail email = render(TemplateKey.SUBSCRIPTION_UPGRADED);

        assertThat(email.subject()).isEqualTo("Your reseller plan is now Standard");
        assertThat(email.text())
                .contains("upgraded to the Standard reseller plan", "https://cloud.disti.com/techsolutions");
    }

    @Test
    void cancellationRequestedPutsTheDateInTheSubject() {
        RenderedEmail email = render(TemplateKey.SUBSCRIPTION_CANCELLATION_REQUESTED);

        assertThat(email.subject()).isEqualTo("Your subscription will be cancelled on 28 December 2026");
        assertThat(email.text()).contains("pending cancellation", "28 December 2026", "Basic reseller plan");
    }

    @Test
    void cancelledSaysTheStorefrontNoLongerLetsAnyoneSignIn() {
        RenderedEmail email = render(TemplateKey.SUBSCRIPTION_CANCELLED);

        assertThat(email.subject()).isEqualTo("Your subscription has been cancelled");
        assertThat(email.text()).contains("back on the Basic reseller plan", "can sign in any more");
    }

    @ParameterizedTest
    @EnumSource(TemplateKey.class)
    void everyDefaultRendersWithoutAStorefrontUrlAndLeavesNoPlaceholderBehind(TemplateKey key) {
        RenderedEmail email = renderer.render(
                defaults.of(key),
                new EmailValues("Tech Solutions", "Ann Lee", null, "Free", "1 March 2027", "Disti One"));

        assertThat(email.subject()).doesNotContain("{", "}", "\n");
        assertThat(email.html()).doesNotContain("{", "}").startsWith("<!DOCTYPE html>");
        assertThat(email.text()).doesNotContain("{", "}", "<");
    }

    @Test
    void valuesAreEscapedInTheHtmlBodyOnly() {
        EmailValues hostile =
                new EmailValues("<b>Tom & Co</b>", "Ann", "https://x.example/a", "Standard", null, "Disti");
        RenderedEmail email = renderer.render(defaults.of(TemplateKey.SUBSCRIPTION_UPGRADED), hostile);

        assertThat(email.html()).contains("&lt;b&gt;Tom &amp; Co&lt;/b&gt;").doesNotContain("<b>Tom");
        assertThat(email.text()).contains("<b>Tom & Co</b>");
    }

    @Test
    void anUndocumentedPlaceholderFailsInsteadOfPrintingNothing() {
        EmailTemplate template = new EmailTemplate(TemplateKey.SUBSCRIPTION_UPGRADED, "Hi {customerNumber}", "x", "y");

        assertThatThrownBy(() -> renderer.render(template, VALUES)).isInstanceOf(TemplateException.class);
    }

    private RenderedEmail render(TemplateKey key) {
        return renderer.render(defaults.of(key), VALUES);
    }
}
