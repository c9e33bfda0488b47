package com.resellerplans.gateway;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written (HTTP clients normalise {@code ..} away before sending,
 * which would hide what the gateway does with it).
 */
final class RawHttp {

    private RawHttp() {}

    /** The whole response (status line, headers, body) to {@code GET <rawPath>}. */
    static String get(String rawPath) {
        return exchange("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 0);
    }

    /** The whole response to a POST whose body of {@code bytes} zeros goes out chunked (no Content-Length). */
    static String postChunked(String path, String authorization, int bytes) {
        return exchange(
                "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                        + "Authorization: " + authorization + "\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n",
                bytes);
    }

    private static String exchange(String head, int chunkedBytes) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[16 * 1024];
            for (int sent = 0; sent < chunkedBytes; sent += chunk.length) {
                int size = Math.min(chunk.length, chunkedBytes - sent);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            if (chunkedBytes > 0) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
