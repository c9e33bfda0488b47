package com.resellerplans.outbox;

/**
 * A consumer whose channel's records the {@link Inbox} applies, and through which handlers. The live consumer and the
 * replay of a dead-lettered record ({@link DeadLetters}) run the same handlers, so a replay is exactly what the
 * consumer would have done.
 */
public interface InboxChannel {
    EventHandlers handlers();
}
