package dev.tinychat.sample.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer in Google's envelope: HTTP status, canonical status name, message, optional
 * {@code google.rpc.ErrorInfo} and {@code google.rpc.BadRequest} details, extra headers.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A {@code google.rpc.ErrorInfo} detail. */
  record ErrorInfo(String reason, String domain, Map<String, String> metadata) {}

  /** One {@code google.rpc.BadRequest.FieldViolation}. */
  record FieldViolation(String field, String description) {}

  private final int httpStatus;
  private final String status;
  private final transient ErrorInfo errorInfo;
  private final transient List<FieldViolation> violations;
  private final transient Map<String, String> headers;

  ApiError(
      int httpStatus,
      String status,
      String message,
      ErrorInfo errorInfo,
      List<FieldViolation> violations,
      Map<String, String> headers) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.status = status;
    this.errorInfo = errorInfo;
    this.violations = List.copyOf(violations);
    this.headers = Map.copyOf(headers);
  }

  static ApiError of(int httpStatus, String status, String message) {
    return new ApiError(httpStatus, status, message, null, List.of(), Map.of());
  }

  /** 400 INVALID_ARGUMENT with a BadRequest detail naming the field. */
  static ApiError invalid(String field, String message) {
    return new ApiError(
        400,
        "INVALID_ARGUMENT",
        message,
        null,
        List.of(new FieldViolation(field, message)),
        Map.of());
  }

  /** 400 INVALID_ARGUMENT without a field. */
  static ApiError invalid(String message) {
    return of(400, "INVALID_ARGUMENT", message);
  }

  static ApiError permissionDenied(String message) {
    return of(403, "PERMISSION_DENIED", message);
  }

  static ApiError notFound() {
    return of(404, "NOT_FOUND", "Requested entity was not found.");
  }

  static ApiError alreadyExists(String message) {
    return of(409, "ALREADY_EXISTS", message);
  }

  /** 403 for a token without any of the scopes the method needs, as Google's front end says it. */
  static ApiError insufficientScopes(String rpcMethod, List<String> needed) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("service", "chat.googleapis.com");
    metadata.put("method", "google.chat.v1.ChatService." + rpcMethod);
    return new ApiError(
        403,
        "PERMISSION_DENIED",
        "Request had insufficient authentication scopes.",
        new ErrorInfo("ACCESS_TOKEN_SCOPE_INSUFFICIENT", "googleapis.com", metadata),
        List.of(),
        Map.of(
            "WWW-Authenticate",
            "Bearer realm=\"https://accounts.google.com/\", error=\"insufficient_scope\", scope=\""
                + String.join(" ", needed)
                + "\""));
  }

  /** 401 for a request without credentials or with a token the emulator does not know. */
  static ApiError unauthenticated(boolean missing, String rpcMethod) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("service", "chat.googleapis.com");
    metadata.put("method", "google.chat.v1.ChatService." + rpcMethod);
    String message =
        (missing
                ? "Request is missing required authentication credential."
                : "Request had invalid authentication credentials.")
            + " Expected OAuth 2 access token, login cookie or other valid authentication"
            + " credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.";
    return new ApiError(
        401,
        "UNAUTHENTICATED",
        message,
        new ErrorInfo(
            missing ? "CREDENTIALS_MISSING" : "ACCESS_TOKEN_TYPE_UNSUPPORTED",
            "googleapis.com",
            metadata),
        List.of(),
        Map.of("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\""));
  }

  int httpStatus() {
    return httpStatus;
  }

  String status() {
    return status;
  }

  ErrorInfo errorInfo() {
    return errorInfo;
  }

  List<FieldViolation> violations() {
    return violations;
  }

  Map<String, String> headers() {
    return headers;
  }
}
