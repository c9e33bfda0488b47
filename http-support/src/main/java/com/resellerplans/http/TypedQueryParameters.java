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
 * Reads enum and whole-number query parameters ({@code ?status=ACTIVE}, {@code ?limit=20}); a value that is not
 * of the parameter's type is an invalid request (422), where JAX-RS would answer 404 as if the route did not exist.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class TypedQueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() && rawType != Integer.class) {
            return null;
        }
        return Stream.of(annotations)
                .filter(QueryParam.class::isInstance)
                .map(annotation -> ((QueryParam) annotation).value())
                .map(parameter -> (ParamConverter<T>)
                        (rawType.isEnum()
                                ? new EnumConverter(rawType, parameter)
                                : new WholeNumberConverter(parameter)))
                .findFirst()
                .orElse(null);
    }

    /** A query parameter value that is not of the parameter's type; mapped to 422 {@code INVALID_REQUEST}. */
    static class InvalidQueryParameterException extends BadRequestException {
        final String parameter;
        final String rule;

        InvalidQueryParameterException(String parameter, String rule) {
            this.parameter = parameter;
            this.rule = rule;
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
                throw new InvalidQueryParameterException(
                        parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }

    private record WholeNumberConverter(String parameter) implements ParamConverter<Integer> {
        @Override
        public Integer fromString(String value) {
            // an empty ?limit= is no limit, as an empty ?cursor= is no cursor
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new InvalidQueryParameterException(parameter, "must be a whole number");
            }
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    }
}
