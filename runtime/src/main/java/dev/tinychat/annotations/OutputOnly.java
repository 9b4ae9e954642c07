package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** The server sets this field; the client never sends it. */
@Documented
@Target(ElementType.METHOD)
public @interface OutputOnly {}
