package com.resellerplans.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of undeclared length (chunked) on its way to a backend, cut off once it grows past
 * the limit: what a {@code Content-Length} check cannot see. Past the limit the rest is read and
 * dropped, and {@code onOverflow} runs once.
 */
final class CappedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private final Runnable onOverflow;
    private long seen;
    private boolean overflowed;

    CappedBody(ReadStream<Buffer> source, long maxBytes, Runnable onOverflow) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.onOverflow = onOverflow;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(
                handler == null
                        ? null
                        : chunk -> {
                            if (overflowed) {
                                return;
                            }
                            seen += chunk.length();
                            if (seen > maxBytes) {
                                overflowed = true;
                                onOverflow.run();
                            } else {
                                handler.handle(chunk);
                            }
                        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(
                endHandler == null
                        ? null
                        : end -> {
                            if (!overflowed) {
                                endHandler.handle(end);
                            }
                        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
