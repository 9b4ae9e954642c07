package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * The {@link Query} or {@link BodyField} parameter (a {@code String}) is the method's idempotency
 * key: the server returns the first result when it sees the same key again. When the caller passes
 * {@code null}, the client sends a random UUID, and only calls that carry a key are retried.
 */
@Documented
@Target(ElementType.PARAMETER)
public @interface IdempotencyKey {}
