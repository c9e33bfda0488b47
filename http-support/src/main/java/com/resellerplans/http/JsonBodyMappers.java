package com.resellerplans.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Request bodies Jackson could not bind, as problem documents: a member the route does not accept or a value
 * outside its type (an unknown enum constant) is invalid (422); any other shape mismatch is malformed (400).
 */
public class JsonBodyMappers {
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException unknown) {
        return Problem.of(
                        422,
                        "UNKNOWN_FIELD",
                        "The member '" + unknown.getPropertyName() + "' is not accepted here.",
                        Map.of("field", unknown.getPropertyName()))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException invalid) {
        return Problem.of(422, "INVALID_REQUEST", "Some values are not acceptable.", Map.of("field", path(invalid)))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException mismatched) {
        return Problem.of(400, "MALFORMED_REQUEST", "The request body is not valid JSON of the expected shape.")
                .toResponse();
    }

    private static String path(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getFieldName() == null
                        ? String.valueOf(reference.getIndex())
                        : reference.getFieldName())
                .collect(Collectors.joining("."));
    }
}
