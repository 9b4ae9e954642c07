package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks the enum constant that stands for a wire value this client does not know. Every enum used
 * by a {@link Resource} declares one; the model keeps the original text, so re-encoding sends it
 * unchanged.
 */
@Documented
@Target(ElementType.FIELD)
public @interface Unrecognized {}
