package com.resellerplans.order.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.resellerplans.domain.DomainException;
import com.resellerplans.domain.Refusal;
import com.resellerplans.order.domain.DependencyUnavailableException;
import com.resellerplans.order.domain.NeighbourRefusedException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighbourProblemsTest {
    private final NeighbourProblems problems = new StorefrontAliasClient.Problems();

    @Test
    void aRefusalKeepsItsCodeDetailAndExtraMembers() {
        DomainException refusal = problems.toThrowable(answer(409, """
                {"type":"about:blank","title":"Conflict","status":409,"code":"ALIAS_TAKEN",
                 "detail":"The alias is taken.","suggestions":["techsolutions1","techsolutions2"]}"""));

        assertThat(refusal).isInstanceOf(NeighbourRefusedException.class).hasMessage("The alias is taken.");
        assertThat(refusal.refusal()).isEqualTo(Refusal.CONFLICT);
        assertThat(refusal.code()).isEqualTo("ALIAS_TAKEN");
        assertThat(refusal.extensions()).isEqualTo(Map.of("suggestions", List.of("techsolutions1", "techsolutions2")));
    }

    @Test
    void eachRefusalStatusKeepsItsKind() {
        assertThat(problems.toThrowable(answer(404, "{\"code\":\"RESELLER_NOT_FOUND\"}"))
                        .refusal())
                .isEqualTo(Refusal.NOT_FOUND);
        assertThat(problems.toThrowable(answer(422, "{\"code\":\"ALIAS_INVALID\"}"))
                        .refusal())
                .isEqualTo(Refusal.INVALID);
        assertThat(problems.toThrowable(answer(403, "{\"code\":\"FORBIDDEN\"}")).refusal())
                .isEqualTo(Refusal.FORBIDDEN);
    }

    @Test
    void failuresAndAnswersWithoutACodeAreTheNeighbourBeingUnavailable() {
        assertThat(problems.toThrowable(answer(503, "")))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("storefront-alias-service");
        assertThat(problems.toThrowable(answer(500, "{\"code\":\"INTERNAL\"}")))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(problems.toThrowable(answer(404, "<html>not here</html>")))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(problems.toThrowable(answer(409, "{\"detail\":\"no code\"}")))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void onlyAnswersOtherThanSuccessAreRefusals() {
        MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
        assertThat(problems.handles(200, headers)).isFalse();
        assertThat(problems.handles(204, headers)).isFalse();
        assertThat(problems.handles(0, headers)).as("no answer at all").isFalse();
        assertThat(problems.handles(302, headers)).isTrue();
        assertThat(problems.handles(409, headers)).isTrue();
        assertThat(problems.handles(503, headers)).isTrue();
    }

    private static Response answer(int status, String body) {
        return Response.status(status)
                .entity(body)
                .type("application/problem+json")
                .build();
    }
}
