package com.resellerplans.http.conflict;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;

/** Another request or event kept changing what this command changes, however often it ran again. */
public class ConcurrentUpdateException extends DomainException {
    public static final String CODE = "CONCURRENT_UPDATE";

    public ConcurrentUpdateException() {
        super(Refusal.CONFLICT, CODE, "It was changed at the same time by someone else; nothing was done, retry.");
    }
}
