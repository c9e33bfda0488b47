package com.resellerplans.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An RFC 9457 problem document with the suite's stable {@code code} member. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String code,
        String detail,
        @JsonIgnore Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://docs.reseller-plans.example/problems/";

    public static Problem of(int status, String code, String detail) {
        return of(status, code, detail, Map.of());
    }

    public static Problem of(int status, String code, String detail, Map<String, Object> extensions) {
        return new Problem(
                TYPE_BASE + code.toLowerCase().replace('_', '-'), titleOf(status), status, code, detail, extensions);
    }

    /** The status's reason phrase (RFC 9110), which JAX-RS lacks for 422. */
    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : "Error";
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(this)
                .build();
    }
}
