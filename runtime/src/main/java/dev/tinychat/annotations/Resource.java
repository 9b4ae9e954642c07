package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks an interface whose accessor methods are the fields of a JSON resource. Accessors return
 * {@code String}, {@code Boolean}, {@code Integer}, {@code Long} (sent as a string),
 * {@code Double}, {@link java.time.Instant} (an RFC 3339 timestamp), an enum, another
 * {@code @Resource}, or a {@code java.util.List} of these; an unset field is {@code null}.
 *
 * <p>The processor generates {@code <Name>Builder}, which builds immutable instances, and
 * {@code <Name>Json}, the codec.
 */
@Documented
@Target(ElementType.TYPE)
public @interface Resource {}
