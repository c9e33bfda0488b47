package com.resellerplans.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InstancesTest {
    private static final URI FIRST = URI.create("http://localhost:9001");
    private static final URI SECOND = URI.create("http://localhost:9002");
    private static final URI THIRD = URI.create("http://localhost:9003");

    private final AtomicLong now = new AtomicLong();
    private final Instances instances = new Instances(List.of(FIRST, SECOND, THIRD), Duration.ofSeconds(5), now::get);

    @Test
    void eachRequestStartsAtTheNextInstanceAndCanFallBackOnAllOthers() {
        assertThat(instances.inTurn()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(instances.inTurn()).containsExactly(SECOND, THIRD, FIRST);
        assertThat(instances.inTurn()).containsExactly(THIRD, FIRST, SECOND);
        assertThat(instances.inTurn()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void anUnreachableInstanceIsOfferedLastWhileItRests() {
        instances.unreachable(FIRST);
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(instances.inTurn()).containsExactly(SECOND, THIRD, FIRST);
        assertThat(instances.inTurn()).containsExactly(SECOND, THIRD, FIRST);
        assertThat(instances.inTurn()).containsExactly(THIRD, SECOND, FIRST);
    }

    @Test
    void anUnreachableInstanceTakesItsTurnAgainAfterItsRest() {
        instances.unreachable(FIRST);
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(instances.inTurn()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void anInstanceThatConnectsAgainStopsResting() {
        instances.unreachable(SECOND);
        instances.connected(SECOND);
        instances.inTurn();
        assertThat(instances.inTurn()).containsExactly(SECOND, THIRD, FIRST);
    }

    @Test
    void whenEveryInstanceRestsAllAreStillOfferedInTurn() {
        instances.unreachable(FIRST);
        instances.unreachable(SECOND);
        instances.unreachable(THIRD);
        assertThat(instances.inTurn()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(instances.inTurn()).containsExactly(SECOND, THIRD, FIRST);
    }
}
