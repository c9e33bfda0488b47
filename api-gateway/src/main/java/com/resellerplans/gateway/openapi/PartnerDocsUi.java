package com.resellerplans.gateway.openapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Swagger UI over the partner documents at {@code /openapi/ui/}, served without a token: a page of our own
 * listing {@code /openapi/bss} and {@code /openapi/storefront}, and Swagger UI's assets from SmallRye's jar.
 */
public final class PartnerDocsUi {

    public static final String PATH = "/openapi/ui/";
    private static final String ASSETS = "META-INF/resources/openapi-ui";
    private static final Buffer PAGE = Buffer.buffer(ClasspathResources.bytes("partner-docs/index.html"));

    private PartnerDocsUi() {}

    /** Adds the page and its assets to the router. */
    public static void mount(Router router) {
        // a regex, since a plain route path would also match the trailing slash and redirect to itself
        router.getWithRegex(PATH.substring(0, PATH.length() - 1)).handler(ctx -> ctx.redirect(PATH));
        router.get(PATH)
                .handler(ctx -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        .end(PAGE.copy()));
        router.get(PATH + "*").handler(StaticHandler.create(ASSETS));
    }
}
