package com.resellerplans.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedQueryParametersTest {
    private enum Colour {
        RED,
        GREEN
    }

    @SuppressWarnings("unused")
    private void list(
            @QueryParam("limit") Integer limit,
            @QueryParam("colour") Colour colour,
            @QueryParam("cursor") String cursor,
            @PathParam("count") Integer count) {}

    private final TypedQueryParameters parameters = new TypedQueryParameters();

    @Test
    void aWholeNumberQueryParameterIsReadAndAnEmptyOneIsAbsent() {
        ParamConverter<Integer> limit = converter(0, Integer.class);

        assertThat(limit.fromString("42")).isEqualTo(42);
        assertThat(limit.fromString("-1")).isEqualTo(-1);
        assertThat(limit.fromString("")).isNull();
        assertThat(limit.fromString(null)).isNull();
    }

    @Test
    void aQueryParameterThatIsNotANumberIsAnInvalidRequestNamingIt() {
        ParamConverter<Integer> limit = converter(0, Integer.class);

        for (String value : List.of("abc", "1.5", " 5", "99999999999", "%%%")) {
            assertThatThrownBy(() -> limit.fromString(value))
                    .isInstanceOfSatisfying(TypedQueryParameters.InvalidQueryParameterException.class, invalid -> {
                        Response answer = new ProblemMappers().invalidQueryParameter(invalid);
                        Problem problem = (Problem) answer.getEntity();
                        assertThat(answer.getStatus()).isEqualTo(422);
                        assertThat(answer.getMediaType()).hasToString(Problem.MEDIA_TYPE);
                        assertThat(problem.code()).isEqualTo("INVALID_REQUEST");
                        assertThat(problem.extensions())
                                .isEqualTo(Map.of(
                                        "violations",
                                        List.of(Map.of("field", "limit", "message", "must be a whole number"))));
                    });
        }
    }

    @Test
    void anEnumQueryParameterOutsideTheEnumIsAnInvalidRequestNamingTheValues() {
        ParamConverter<Colour> colour = converter(1, Colour.class);

        assertThat(colour.fromString("GREEN")).isEqualTo(Colour.GREEN);
        assertThatThrownBy(() -> colour.fromString("BLUE"))
                .isInstanceOfSatisfying(TypedQueryParameters.InvalidQueryParameterException.class, invalid -> {
                    assertThat(invalid.parameter).isEqualTo("colour");
                    assertThat(invalid.rule).isEqualTo("must be one of [RED, GREEN]");
                });
    }

    @Test
    void textQueryParametersAndOtherParametersAreLeftToJaxRs() {
        assertThat(converter(2, String.class)).isNull();
        assertThat(converter(3, Integer.class)).isNull();
    }

    private <T> ParamConverter<T> converter(int index, Class<T> type) {
        Parameter parameter = listMethod().getParameters()[index];
        return parameters.getConverter(type, parameter.getParameterizedType(), parameter.getAnnotations());
    }

    private static java.lang.reflect.Method listMethod() {
        try {
            return TypedQueryParametersTest.class.getDeclaredMethod(
                    "list", Integer.class, Colour.class, String.class, Integer.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
