package dev.tinychat.sample.emulator;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One request as a method's handler sees it: the path's captured IDs, the query, the body, and
 * who is calling. Checks of the caller (401, 403) and of the standard query parameters (page
 * size, booleans) live here so every method answers them alike.
 */
final class Call {
  private final Matcher path;
  private final Map<String, String> query;
  private final Headers headers;
  private final byte[] body;
  private final Map<String, Principal> tokens;

  Call(
      Matcher path,
      Map<String, String> query,
      Headers headers,
      byte[] body,
      Map<String, Principal> tokens) {
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.tokens = tokens;
  }

  /** The ID captured by the path's {@code n}th group, e.g. the space's. */
  String id(int n) {
    return path.group(n);
  }

  /** The body as the JSON object at a proto path ({@code ""} for the request itself). */
  JsonInput body(String protoPath, String protoType) {
    return JsonInput.parse(body, protoPath, protoType);
  }

  /**
   * The authenticated caller, after checking it holds one of the method's scopes for its kind of
   * authentication; {@code appScopes} null means the method takes user authentication only.
   */
  Principal caller(String rpcMethod, List<String> userScopes, List<String> appScopes) {
    Principal caller = authenticate(rpcMethod);
    if (caller.app() && appScopes == null) {
      throw ApiError.permissionDenied(
          "This method doesn't support app authentication with a service account. Authenticate"
              + " with a user account.");
    }
    requireScopes(caller, rpcMethod, caller.app() ? appScopes : userScopes);
    return caller;
  }

  Principal authenticate(String rpcMethod) {
    String authorization = headers.getFirst("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw ApiError.unauthenticated(true, rpcMethod);
    }
    String scheme = "Bearer ";
    Principal caller =
        authorization.regionMatches(true, 0, scheme, 0, scheme.length())
            ? tokens.get(authorization.substring(scheme.length()).trim())
            : null;
    if (caller == null) {
      throw ApiError.unauthenticated(false, rpcMethod);
    }
    return caller;
  }

  static void requireScopes(Principal caller, String rpcMethod, List<String> anyOf) {
    if (!caller.hasAny(Set.copyOf(anyOf))) {
      throw ApiError.insufficientScopes(rpcMethod, anyOf);
    }
  }

  /**
   * A caller whose only fitting scope is {@code chat.import} may act on import-mode spaces only:
   * elsewhere that is a 403 like any missing scope.
   */
  static void requireImportModeFor(
      Principal caller, String rpcMethod, StoredSpace space, List<String> otherScopes) {
    if (!space.importMode && !caller.app() && !caller.hasAny(Set.copyOf(otherScopes))) {
      throw ApiError.insufficientScopes(rpcMethod, otherScopes);
    }
  }

  /** A query parameter by its JSON name or, as Google also takes, its proto name. */
  String param(String name) {
    String value = query.get(name);
    return value != null ? value : query.get(JsonInput.snakeCase(name));
  }

  /** A boolean query parameter: absent is false; anything but true or false is 400. */
  boolean bool(String name) {
    String text = param(name);
    if (text == null || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    String protoName = JsonInput.snakeCase(name);
    throw ApiError.invalid(
        protoName, "Invalid value at '" + protoName + "' (TYPE_BOOL), \"" + text + "\"");
  }

  /**
   * {@code pageSize}: {@code fallback} when absent or 0, at most {@code max}; negative or not an
   * int32 is 400, as Google answers.
   */
  int pageSize(int fallback, int max) {
    String text = param("pageSize");
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    int size;
    try {
      size = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ApiError.invalid(
          "page_size", "Invalid value at 'page_size' (TYPE_INT32), \"" + text + "\"");
    }
    if (size < 0) {
      throw ApiError.invalid("page_size", "page_size must not be negative, but was " + size + ".");
    }
    return size == 0 ? fallback : Math.min(size, max);
  }

  /** {@code useAdminAccess=true} is answered 501: the emulator models no administrators there. */
  void refuseAdminAccess() {
    if (bool("useAdminAccess")) {
      throw ApiError.of(
          501,
          "UNIMPLEMENTED",
          "use_admin_access is not supported: the emulator models no Workspace administrators.");
    }
  }
}
