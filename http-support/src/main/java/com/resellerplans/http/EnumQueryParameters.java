package com.resellerplans.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Reads enum query parameters ({@code ?status=ACTIVE}); a value outside the enum is an invalid request (422),
 * where JAX-RS would answer 404 as if the route did not exist.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class EnumQueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return Stream.of(annotations)
                .filter(QueryParam.class::isInstance)
                .map(annotation -> (ParamConverter<T>) new EnumConverter(rawType, ((QueryParam) annotation).value()))
                .findFirst()
                .orElse(null);
    }

    /** An enum query parameter value outside the enum; mapped to 422 {@code INVALID_REQUEST}. */
    static class InvalidQueryParameterException extends BadRequestException {
        final String parameter;
        final String accepted;

        InvalidQueryParameterException(String parameter, String accepted) {
            this.parameter = parameter;
            this.accepted = accepted;
        }
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String parameter) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryParameterException(parameter, Arrays.toString(type.getEnumConstants()));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }
}
