package com.resellerplans.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UntypedObjectDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Refuses request text that no database keeps as sent: a NUL character (PostgreSQL refuses it in text and JSON
 * columns) or a UTF-16 surrogate without its pair (not Unicode; it would be stored as '?'). Covers every string
 * a request body binds: typed members, map keys and the values of free-form documents. A refusal is an
 * {@link InvalidFormatException}, answered 422 {@code INVALID_REQUEST} by {@link JsonBodyMappers}.
 */
final class StorableText {
    private StorableText() {}

    /** The deserializers that check every string of a request body. */
    static SimpleModule module() {
        return new SimpleModule("storable-text")
                .addDeserializer(String.class, new Text())
                .addDeserializer(Object.class, new Untyped())
                .addKeyDeserializer(String.class, new Key());
    }

    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static void check(JsonParser parser, Object value) throws InvalidFormatException {
        if (value instanceof String text && !isStorable(text)) {
            throw InvalidFormatException.from(
                    parser, "Text with a NUL character or an unpaired surrogate", text, String.class);
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                check(parser, entry.getKey());
                check(parser, entry.getValue());
            }
        } else if (value instanceof Collection<?> values) {
            for (Object element : values) {
                check(parser, element);
            }
        }
    }

    /** Typed string members, and strings in lists and maps of strings. */
    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            check(parser, text);
            return text;
        }
    }

    /** Free-form members ({@code Map<String, Object>}): every key and string inside them. */
    private static final class Untyped extends StdDeserializer<Object> {
        private final UntypedObjectDeserializer standard = new UntypedObjectDeserializer(null, null);

        Untyped() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = standard.deserialize(parser, context);
            check(parser, value);
            return value;
        }
    }

    /** Map keys. */
    private static final class Key extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            check(context.getParser(), key);
            return key;
        }
    }
}
