package com.resellerplans.outbox;

/**
 * A consumed channel whose records the {@link Inbox} applies: which channel and through which handlers. The live
 * consumer and the replay of a dead-lettered record ({@link DeadLetters}) run the same handlers, so a replay is
 * exactly what the consumer would have done.
 */
public interface InboxChannel {
    /** The channel's name, as in {@code @Incoming} and {@code mp.messaging.incoming.<channel>.*}. */
    String channel();

    EventHandlers handlers();
}
