package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * The resource-name pattern a {@code String} field, or a {@code String} {@link Query} parameter,
 * must match before a request is sent, for example {@code "users/{user}"}: literal segments, and
 * variables that each match one non-empty segment without {@code /}, optionally after a literal
 * prefix ({@code "client-{id}"}).
 */
@Documented
@Target({ElementType.METHOD, ElementType.PARAMETER})
public @interface NamePattern {
  /** The pattern. */
  String value();
}
