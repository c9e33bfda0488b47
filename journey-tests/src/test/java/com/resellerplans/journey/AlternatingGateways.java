package com.resellerplans.journey;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends each request meant for the gateway (RestAssured's default port, the first gateway's) to the gateways in
 * turn, so one journey's steps, and the racing callers of one race, cross both gateways and whatever instance each
 * of them picks behind it. Requests to other ports (management, mailbox) pass untouched.
 */
final class AlternatingGateways implements Filter {
    private final List<Integer> gatewayPorts;
    private final AtomicInteger turn = new AtomicInteger();

    AlternatingGateways(List<Integer> gatewayPorts) {
        this.gatewayPorts = List.copyOf(gatewayPorts);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        if (request.getPort() == gatewayPorts.get(0)) {
            request.port(gatewayPorts.get(Math.floorMod(turn.getAndIncrement(), gatewayPorts.size())));
        }
        return context.next(request, response);
    }
}
