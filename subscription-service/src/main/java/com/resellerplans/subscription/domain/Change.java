package com.resellerplans.subscription.domain;

import com.resellerplans.events.Actor;
import com.resellerplans.events.Channel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who asks for a change of a subscription, through which channel, when, and for which order (null when no
 * order caused it). Times are kept to the microsecond PostgreSQL stores.
 */
public record Change(Actor actor, Channel channel, Instant at, String orderId) {
    public Change {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    public static Change by(Actor actor, Channel channel, Instant at) {
        return new Change(actor, channel, at, null);
    }

    public static Change byScheduler(Instant at) {
        return new Change(Actor.SCHEDULER, Channel.SCHEDULER, at, null);
    }
}
