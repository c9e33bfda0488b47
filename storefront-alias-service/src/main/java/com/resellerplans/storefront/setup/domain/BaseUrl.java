package com.resellerplans.storefront.setup.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** The rules of a distributor's storefront base URL; aliases are appended after a slash. */
final class BaseUrl {
    private static final Set<String> SCHEMES = Set.of("http", "https");

    private BaseUrl() {}

    /** The URL without trailing slashes, or a refusal naming the broken rule. */
    static String parse(String input) {
        URI uri;
        try {
            uri = new URI(input.strip());
        } catch (URISyntaxException e) {
            throw new BaseUrlInvalidException("The base URL is not a URL.");
        }
        if (uri.getScheme() == null
                || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            throw new BaseUrlInvalidException("The base URL must be an absolute http or https URL with a host.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new BaseUrlInvalidException("The base URL may not have a query or a fragment.");
        }
        return uri.toString().replaceAll("/+$", "");
    }
}
