package dev.tinychat.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of URL path segments and query parts (RFC 3986). */
public final class UrlEncoding {
  private static final String HEX = "0123456789ABCDEF";

  private UrlEncoding() {}

  /**
   * {@code text} as UTF-8 with every byte but the unreserved characters ({@code A-Z a-z 0-9 - . _
   * ~}) percent-encoded; {@code /} is kept when {@code keepSlash}. A space becomes {@code %20}.
   */
  public static String encode(String text, boolean keepSlash) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' && keepSlash) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
      }
    }
    return out.toString();
  }
}
