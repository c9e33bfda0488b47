package com.resellerplans.journey;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP trace receiver inside the test JVM, standing in for an OpenTelemetry Collector: the suite's
 * services export their spans to it (protobuf {@code ExportTraceServiceRequest}s) and tests read them back.
 */
final class OtlpTraceReceiver {
    private static OtlpTraceReceiver shared;

    private final HttpServer server;
    private final Queue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    /** One span as the collector saw it; ids in lower-case hex, {@code parentSpanId} empty for a root. */
    record ReceivedSpan(
            String service,
            String scope,
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            Span.SpanKind kind) {}

    private OtlpTraceReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::export);
        server.start();
    }

    /** The receiver every service of this test JVM's suite exports to, started on first use. */
    static synchronized OtlpTraceReceiver shared() {
        if (shared == null) {
            try {
                shared = new OtlpTraceReceiver();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The variables that switch a service's tracing on and point its exporter here. */
    Map<String, String> exporterEnvironment() {
        return Map.of(
                "QUARKUS_OTEL_SDK_DISABLED", "false",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
                        "http://localhost:" + server.getAddress().getPort(),
                "QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
    }

    /** Every span of one trace received so far. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body(exchange));
            for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
                String service = attribute(resourceSpans.getResource().getAttributesList(), "service.name");
                for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                    for (Span span : scopeSpans.getSpansList()) {
                        spans.add(new ReceivedSpan(
                                service,
                                scopeSpans.getScope().getName(),
                                hex(span.getTraceId()),
                                hex(span.getSpanId()),
                                hex(span.getParentSpanId()),
                                span.getName(),
                                span.getKind()));
                    }
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        return in.readAllBytes();
    }

    private static String attribute(List<KeyValue> attributes, String key) {
        return attributes.stream()
                .filter(a -> a.getKey().equals(key))
                .map(a -> a.getValue().getStringValue())
                .findFirst()
                .orElse("");
    }

    private static String hex(com.google.protobuf.ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }
}
