package dev.tinychat.http;

import javax.net.ssl.SSLContext;

/**
 * The TLS context of a client whose base URL is plain {@code http}: given to the JDK's client so
 * that it does not build its default one (JSSE provider and trust store, about 200 ms at
 * start-up). The client never follows redirects, so it never makes a TLS connection; this
 * context has nothing to make one with: no provider and no implementation (the client asks it for
 * nothing, as it is given its SSL parameters too).
 */
final class PlainHttp extends SSLContext {
  private PlainHttp() {
    super(null, null, "none");
  }

  static SSLContext context() {
    return new PlainHttp();
  }
}
