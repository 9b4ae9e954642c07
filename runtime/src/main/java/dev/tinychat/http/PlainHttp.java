package dev.tinychat.http;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of a client whose base URL is plain {@code http}: given to the JDK's client so
 * that it does not build its default one (JSSE provider and trust store, about 200 ms at
 * start-up). The client never follows redirects, so it never makes a TLS connection; this
 * context has nothing to make one with.
 */
final class PlainHttp extends SSLContextSpi {
  static SSLContext context() {
    return new SSLContext(new PlainHttp(), null, "none") {};
  }

  @Override
  protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {}

  @Override
  protected SSLSocketFactory engineGetSocketFactory() {
    return null;
  }

  @Override
  protected SSLServerSocketFactory engineGetServerSocketFactory() {
    return null;
  }

  @Override
  protected SSLEngine engineCreateSSLEngine() {
    return null;
  }

  @Override
  protected SSLEngine engineCreateSSLEngine(String host, int port) {
    return null;
  }

  @Override
  protected SSLSessionContext engineGetServerSessionContext() {
    return null;
  }

  @Override
  protected SSLSessionContext engineGetClientSessionContext() {
    return null;
  }
}
