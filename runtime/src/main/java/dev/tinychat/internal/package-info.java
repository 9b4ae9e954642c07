/**
 * Not API: what generated code calls, the request checks that would otherwise be unrolled into
 * every generated class. Exported only because generated code lives in the user's packages; it
 * may change in any release without notice. Do not call it.
 */
package dev.tinychat.internal;
