package com.resellerplans.http.conflict;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Commands whose transaction is run again, on fresh state, when it lost a race for a row to another
 * transaction (an optimistic-lock conflict, a serialization failure or a deadlock); a caller sees the
 * rules applied to what is there now, or {@code 409 CONCURRENT_UPDATE}, never a 500.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryOnConflict {}
