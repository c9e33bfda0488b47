package com.resellerplans.domain;

import java.util.Map;

/**
 * A rule refused a request. Carries a stable {@code code} a frontend can switch on, a human detail, and
 * optional extra members of the problem document (for example alias suggestions).
 */
public class DomainException extends RuntimeException {
    private final Refusal refusal;
    private final String code;
    private final Map<String, Object> extensions;

    public DomainException(Refusal refusal, String code, String detail) {
        this(refusal, code, detail, Map.of());
    }

    public DomainException(Refusal refusal, String code, String detail, Map<String, Object> extensions) {
        super(detail);
        this.refusal = refusal;
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public Refusal refusal() {
        return refusal;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
