package dev.tinychat.sample.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the emulator keeps: spaces (each with its memberships, messages and reactions),
 * request IDs seen, a sequence number that orders every resource, and the key that signs page
 * tokens. Every request is handled while holding this object's lock, so handlers read and change
 * it freely and concurrent requests are serialised.
 */
final class ChatStore {
  /** Who used a request ID, and the resource it made or found. */
  record Replay(String caller, String resource) {}

  final Clock clock;
  /**
   * The Chat app ({@code users/...}) whose OAuth client the users' tokens come from: the other
   * member of a DM set up with {@code singleUserBotDm}.
   */
  final String callingApp;

  final Map<String, StoredSpace> spaces = new LinkedHashMap<>();
  /** Request IDs by {@code method scope requestId}. */
  final Map<String, Replay> requestIds = new HashMap<>();

  private final SecureRandom random = new SecureRandom();
  private long seq;
  private byte[] tokenKey;

  ChatStore(Clock clock, String callingApp) {
    this.clock = clock;
    this.callingApp = callingApp;
    this.tokenKey = new byte[32];
    random.nextBytes(tokenKey);
  }

  /** Now, to the microsecond as Google's timestamps are. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** The next number of the sequence that orders resources made at the same instant. */
  long nextSeq() {
    return ++seq;
  }

  long seq() {
    return seq;
  }

  byte[] tokenKey() {
    return tokenKey.clone();
  }

  /** Restores the sequence and the page-token key from a state file. */
  void restore(long seq, byte[] tokenKey) {
    this.seq = seq;
    this.tokenKey = tokenKey.clone();
  }

  /** A new random ID of 11 URL-safe characters, like Google's space IDs. */
  String newId() {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A space the caller may see, or 404 NOT_FOUND. */
  StoredSpace space(Principal caller, String id) {
    StoredSpace space = spaces.get(id);
    if (space == null || !space.visibleTo(caller)) {
      throw ApiError.notFound();
    }
    return space;
  }

  /**
   * The resource a request ID made or found before, null when new; a request ID of another
   * caller is 400, as Google answers.
   */
  String replay(String key, Principal caller, String requestId) {
    if (requestId == null || requestId.isEmpty()) {
      return null;
    }
    Replay replay = requestIds.get(key + " " + requestId);
    if (replay == null) {
      return null;
    }
    if (!replay.caller().equals(caller.name())) {
      throw ApiError.invalid(
          "request_id",
          "request_id "
              + JsonInput.quote(requestId)
              + " was already used by another caller; use a new request ID.");
    }
    return replay.resource();
  }

  void remember(String key, Principal caller, String requestId, String resource) {
    if (requestId != null && !requestId.isEmpty()) {
      requestIds.put(key + " " + requestId, new Replay(caller.name(), resource));
    }
  }
}
