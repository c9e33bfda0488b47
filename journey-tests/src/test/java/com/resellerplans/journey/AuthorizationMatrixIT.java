package com.resellerplans.journey;

import static com.resellerplans.journey.Journeys.newDistributor;
import static com.resellerplans.journey.Journeys.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.resellerplans.journey.ApiFixture.Request;
import com.resellerplans.journey.PartnerApi.Family;
import com.resellerplans.journey.PartnerApi.Operation;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix through the gateway: every operation of the partner documents (so a new route cannot
 * be forgotten) against every kind of caller that is not its owner, then every kind of unverifiable token. A
 * caller of the wrong role is 403, no token 401; an attempt on another distributor's or reseller's object is 404
 * exactly like a missing object (same status and code); a caller working on its own data sees none of the
 * owner's identifiers; and afterwards everything the owner reads is as it was. Every refusal's code is one the
 * operation documents. The owners' own calls are {@link DocumentedApiIT}'s.
 */
@ExtendWith(RunningSuite.class)
class AuthorizationMatrixIT {
    private static ApiFixture fixture;
    private static List<Operation> operations;
    private static Map<Operation, String> ownersViewBefore;
    private static Map<Caller, String> tokens;

    /** Who calls. */
    enum Caller {
        NO_TOKEN,
        OPERATOR,
        OTHER_DISTRIBUTORS_OPERATOR,
        OWNER,
        OTHER_RESELLER,
        SUB_CUSTOMER
    }

    /** What a caller must get. */
    sealed interface Expected {
        /** A refusal before the service: the gateway's or the service's role check. */
        record Refused(int status, String code) implements Expected {}

        /** Another tenant's or reseller's object: exactly what a missing one answers, a 404. */
        record LikeMissing() implements Expected {}

        /** The caller's own data: a documented status, and nothing of the owner's. */
        record OwnData() implements Expected {}

        /** Allowed: a documented 2xx. */
        record Allowed() implements Expected {}

        /** The owner's own call, made by DocumentedApiIT. */
        record Owners() implements Expected {}
    }

    @BeforeAll
    static void aDistributorWhoseResellerOwnsOneOfEverything() {
        fixture = new ApiFixture();
        operations = PartnerApi.operations();
        tokens = new LinkedHashMap<>();
        tokens.put(Caller.NO_TOKEN, null);
        tokens.put(Caller.OPERATOR, operator(fixture.distributor));
        tokens.put(Caller.OTHER_DISTRIBUTORS_OPERATOR, operator(newDistributor()));
        tokens.put(Caller.OWNER, fixture.owner.token());
        tokens.put(Caller.OTHER_RESELLER, fixture.otherReseller.token());
        tokens.put(Caller.SUB_CUSTOMER, fixture.subCustomerToken());
        ownersViewBefore = ownersView();
    }

    static Expected expected(Caller caller, Operation operation, boolean namesAnObject) {
        Family family = operation.family();
        if (family == Family.PUBLIC_READ) {
            return new Expected.Allowed();
        }
        if (caller == Caller.NO_TOKEN) {
            return new Expected.Refused(401, "UNAUTHENTICATED");
        }
        Expected crossing = namesAnObject ? new Expected.LikeMissing() : new Expected.OwnData();
        return switch (family) {
            case BSS ->
                switch (caller) {
                    case OPERATOR -> new Expected.Owners();
                    case OTHER_DISTRIBUTORS_OPERATOR -> crossing;
                    default -> new Expected.Refused(403, "FORBIDDEN");
                };
            case STOREFRONT ->
                switch (caller) {
                    case OWNER -> new Expected.Owners();
                    case OTHER_RESELLER -> crossing;
                    default -> new Expected.Refused(403, "FORBIDDEN");
                };
            default ->
                switch (caller) {
                    case OWNER, SUB_CUSTOMER -> new Expected.Allowed();
                    case OTHER_RESELLER -> new Expected.Refused(403, "STOREFRONT_SIGN_IN_FORBIDDEN");
                    default -> new Expected.Refused(403, "FORBIDDEN");
                };
        };
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAgainstEveryCallerButItsOwnerThenEveryUnverifiableToken() {
        Stream<DynamicNode> callers = operations.stream()
                .map(operation -> dynamicContainer(
                        operation.toString(),
                        tokens.keySet().stream()
                                .map(caller -> dynamicTest(caller.name(), () -> check(caller, operation)))));
        Map<String, String> forged = ForgedTokens.unverifiable(fixture.distributor);
        String withoutDistributor = ForgedTokens.withoutDistributor(fixture.distributor);
        Stream<DynamicNode> badTokens = operations.stream()
                .filter(operation -> operation.family() != Family.PUBLIC_READ)
                .map(operation -> dynamicContainer(
                        operation + " with a bad token",
                        Stream.concat(
                                forged.entrySet().stream()
                                        .map(token -> dynamicTest(
                                                token.getKey(),
                                                () -> Journeys.refused(
                                                                fixture.owners(operation)
                                                                        .by(token.getValue()),
                                                                401,
                                                                "UNAUTHENTICATED")
                                                        .header("WWW-Authenticate", "Bearer"))),
                                Stream.of(dynamicTest(
                                        "verified, but naming no distributor",
                                        () -> Journeys.refused(
                                                fixture.owners(operation).by(withoutDistributor),
                                                403,
                                                "FORBIDDEN"))))));
        // last, once every attempt above was made
        Stream<DynamicNode> readBack = Stream.of(dynamicTest(
                "the owner reads back everything unchanged",
                () -> assertThat(ownersView()).isEqualTo(ownersViewBefore)));
        return Stream.of(callers, badTokens, readBack).flatMap(nodes -> nodes);
    }

    private static void check(Caller caller, Operation operation) {
        Expected expected = expected(caller, operation, fixture.namesAnObject(operation));
        if (expected instanceof Expected.Owners) {
            return;
        }
        String token = tokens.get(caller);
        Response answer = fixture.owners(operation).by(token);
        String described = caller + " " + operation + " answered " + answer.statusCode() + " " + answer.asString();
        documentsItsCode(operation, answer, described);
        if (expected instanceof Expected.Refused refused) {
            Journeys.refused(answer, refused.status(), refused.code());
        } else if (expected instanceof Expected.LikeMissing) {
            Response missing = fixture.missing(operation).by(token);
            assertThat(answer.statusCode()).as(described).isEqualTo(404);
            assertThat(answer.statusCode()).as(described).isEqualTo(missing.statusCode());
            assertThat(answer.contentType()).as(described).isEqualTo(missing.contentType());
            assertThat(codeOf(answer)).as(described).isEqualTo(codeOf(missing)).isNotEqualTo("NOT_FOUND");
            revealsNothing(operation, answer, described);
        } else if (expected instanceof Expected.OwnData) {
            assertThat(operation.statuses()).as(described).contains(answer.statusCode());
            assertThat(codeOf(answer)).as(described + " (a routing 404)").isNotEqualTo("NOT_FOUND");
            revealsNothing(operation, answer, described);
        } else {
            assertThat(answer.statusCode()).as(described).isBetween(200, 299).isIn(operation.statuses());
        }
    }

    /** The answer holds none of the owner's identifiers, but for those the caller sent itself. */
    private static void revealsNothing(Operation operation, Response answer, String described) {
        Request sent = fixture.owners(operation);
        String sentText = sent.path() + " " + sent.bodyOrNull();
        for (String secret : fixture.secretsFrom(operation.family())) {
            if (!sentText.contains(secret)) {
                assertThat(answer.asString()).as(described).doesNotContain(secret);
            }
        }
    }

    /** A problem's code must be one the operation documents for that status. */
    static void documentsItsCode(Operation operation, Response answer, String described) {
        if (answer.contentType().startsWith("application/problem+json")) {
            assertThat(operation.codes(answer.statusCode()))
                    .as("codes documented for " + described)
                    .contains(codeOf(answer));
        }
    }

    private static String codeOf(Response answer) {
        return answer.contentType().startsWith("application/problem+json") ? answer.path("code") : null;
    }

    /** What the owners (the operator on the BSS, the reseller on its storefront, anyone on a public page) read. */
    private static Map<Operation, String> ownersView() {
        Map<Operation, String> view = new LinkedHashMap<>();
        for (Operation operation : operations) {
            if (operation.method().equals("GET")) {
                String token = switch (operation.family()) {
                    case BSS -> tokens.get(Caller.OPERATOR);
                    case STOREFRONT -> tokens.get(Caller.OWNER);
                    default -> null;
                };
                Response answer = fixture.owners(operation).by(token);
                // the end of the running term moves on by itself (the suite runs terms of seconds)
                view.put(
                        operation,
                        answer.statusCode() + " "
                                + answer.asString().replaceAll("\"termEndsAt\":\"[^\"]*\"", "\"termEndsAt\":…"));
            }
        }
        return view;
    }
}
