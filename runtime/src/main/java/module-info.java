/**
 * What generated tinychat clients call: the definition annotations, a streaming JSON reader
 * and writer, an HTTP transport on {@code java.net.http}, and credentials. It depends on
 * nothing but the JDK and uses no reflection.
 */
module dev.tinychat.runtime {
  requires java.net.http;

  exports dev.tinychat.annotations;
  exports dev.tinychat.json;
  exports dev.tinychat.http;
  exports dev.tinychat.auth;
  // not API: what generated code calls (see its package documentation)
  exports dev.tinychat.internal;
}
