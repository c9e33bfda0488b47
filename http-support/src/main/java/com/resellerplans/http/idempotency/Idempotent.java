package com.resellerplans.http.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code POST} endpoint whose answer to an {@code Idempotency-Key} commits in the same transaction as its
 * work: a crash can lose both or neither, so a retry either runs the request or replays its answer, never
 * runs again what was already done.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {}
