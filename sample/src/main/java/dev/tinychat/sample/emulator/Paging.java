package dev.tinychat.sample.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pages of a list and their opaque {@code nextPageToken}s. A token names the list it belongs to
 * (e.g. the space whose members are listed), a fingerprint of the other arguments (filter,
 * orderBy, ...; not pageSize, which may change between pages) and the position after the last
 * item returned, as that item's sort key; it is signed with the store's key (HMAC-SHA256), so an
 * edited token is refused, and it stays valid while items are added or deleted between calls and
 * across restarts of a server with a state file.
 */
final class Paging {
  private static final String VERSION = "p2";

  /** One page: the items and the token of the next page, null on the last one. */
  record Page<T>(List<T> items, String nextPageToken) {}

  private final ChatStore store;

  Paging(ChatStore store) {
    this.store = store;
  }

  /** A fingerprint of the arguments a token is bound to. */
  static String fingerprint(Object... arguments) {
    return Integer.toHexString(Arrays.deepHashCode(arguments));
  }

  /**
   * A page of {@code items}, which are in list order; {@code key} gives each item's sort key, two
   * numbers (e.g. a time and the sequence number) that grow along the list, compared in order (or
   * shrink, when {@code descending}).
   *
   * @param list what is listed, e.g. {@code spaces/AAA}: a token of another list is refused
   * @param arguments the names of the arguments bound by the fingerprint, for the error message
   */
  <T> Page<T> page(
      List<T> items,
      Function<T, long[]> key,
      boolean descending,
      int pageSize,
      String token,
      String list,
      String fingerprint,
      String arguments) {
    int from = 0;
    if (token != null && !token.isEmpty()) {
      long[] after = decode(token, list, fingerprint, arguments);
      while (from < items.size()) {
        int order = Arrays.compare(key.apply(items.get(from)), after);
        if (descending ? order < 0 : order > 0) {
          break;
        }
        from++;
      }
    }
    int to = Math.min(items.size(), from + pageSize);
    List<T> page = new ArrayList<>(items.subList(from, to));
    String next =
        to < items.size() ? encode(list, fingerprint, key.apply(items.get(to - 1))) : null;
    return new Page<>(page, next);
  }

  private String encode(String list, String fingerprint, long[] after) {
    String payload = VERSION + ":" + list + ":" + fingerprint + ":" + after[0] + "," + after[1];
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(sign(payload));
  }

  private long[] decode(String token, String list, String fingerprint, String arguments) {
    String payload;
    byte[] signature;
    int dot = token.indexOf('.');
    try {
      payload =
          new String(Base64.getUrlDecoder().decode(token.substring(0, Math.max(dot, 0))),
              StandardCharsets.UTF_8);
      signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw invalid("it is not a token the emulator issued.");
    }
    if (dot < 0 || !MessageDigest.isEqual(signature, sign(payload))) {
      throw invalid("it is not a token the emulator issued.");
    }
    String[] parts = payload.split(":", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      throw invalid("it is not a token the emulator issued.");
    }
    if (!parts[1].equals(list)) {
      throw invalid("it was issued for " + parts[1] + ", not " + list + ".");
    }
    if (!parts[2].equals(fingerprint)) {
      throw invalid(
          "it was issued for other "
              + arguments
              + " values; pass the same ones as the call that returned it.");
    }
    String[] after = parts[3].split(",", -1);
    try {
      return new long[] {Long.parseLong(after[0]), Long.parseLong(after[after.length - 1])};
    } catch (NumberFormatException e) {
      throw invalid("it is not a token the emulator issued.");
    }
  }

  private byte[] sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(store.tokenKey(), "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static ApiError invalid(String why) {
    return ApiError.invalid("page_token", "Invalid page_token: " + why);
  }
}
