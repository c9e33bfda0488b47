package com.resellerplans.subscription.domain;

import java.time.Instant;

/** How a subscription's terms follow each other from its start. */
interface Term {

    /** The end of the term running at {@code at}: the first renewal strictly after it. */
    Instant endOfTermAt(Instant at);
}
