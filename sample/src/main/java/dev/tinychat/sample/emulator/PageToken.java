package dev.tinychat.sample.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The opaque {@code nextPageToken} of {@code spaces.members.list}: URL-safe base64 of the space,
 * the position of the next membership in the filtered list, and a fingerprint of the other
 * arguments (filter, showGroups, showInvited; not pageSize, which may change between pages). A
 * space's memberships never change in the emulator, so a position stays valid.
 */
final class PageToken {
  private static final String VERSION = "m1";

  private PageToken() {}

  /** The fingerprint of the arguments a token is bound to. */
  static String fingerprint(String filter, boolean showGroups, boolean showInvited) {
    return Integer.toHexString(Objects.hash(filter == null ? "" : filter, showGroups, showInvited));
  }

  static String encode(String spaceId, int next, String fingerprint) {
    String text = VERSION + ":" + spaceId + ":" + next + ":" + fingerprint;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position a token points at in a list of {@code size} memberships; 400 INVALID_ARGUMENT
   * for a token this list did not issue.
   */
  static int decode(String token, String spaceId, String fingerprint, int size) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid("it is not a token the emulator issued.");
    }
    String[] parts = text.split(":", -1);
    if (parts.length != 4 || !parts[0].equals(VERSION)) {
      throw invalid("it is not a token the emulator issued.");
    }
    if (!parts[1].equals(spaceId)) {
      throw invalid("it was issued for spaces/" + parts[1] + ", not spaces/" + spaceId + ".");
    }
    if (!parts[3].equals(fingerprint)) {
      throw invalid(
          "it was issued for other filter, showGroups or showInvited values; pass the same ones"
              + " as the call that returned it.");
    }
    int next;
    try {
      next = Integer.parseInt(parts[2]);
    } catch (NumberFormatException e) {
      throw invalid("it is not a token the emulator issued.");
    }
    if (next <= 0 || next >= size) {
      throw invalid("it is not a token the emulator issued.");
    }
    return next;
  }

  private static ApiError invalid(String why) {
    return ApiError.invalid("page_token", "Invalid page_token: " + why);
  }
}
