package dev.tinychat.http;

/**
 * The canonical {@code google.rpc.Code} of an error, in code order ({@link #code()}), plus
 * {@link #UNRECOGNIZED} for status text this version does not know.
 */
public enum ApiStatus {
  OK,
  CANCELLED,
  UNKNOWN,
  INVALID_ARGUMENT,
  DEADLINE_EXCEEDED,
  NOT_FOUND,
  ALREADY_EXISTS,
  PERMISSION_DENIED,
  RESOURCE_EXHAUSTED,
  FAILED_PRECONDITION,
  ABORTED,
  OUT_OF_RANGE,
  UNIMPLEMENTED,
  INTERNAL,
  UNAVAILABLE,
  DATA_LOSS,
  UNAUTHENTICATED,
  /** Status text not listed above; {@link ApiException#statusText()} keeps it. */
  UNRECOGNIZED;

  /** The numeric {@code google.rpc.Code}, or -1 for {@link #UNRECOGNIZED}. */
  public int code() {
    return this == UNRECOGNIZED ? -1 : ordinal();
  }

  /** The status named by {@code text} (e.g. {@code "NOT_FOUND"}), else {@link #UNRECOGNIZED}. */
  public static ApiStatus fromText(String text) {
    for (ApiStatus status : values()) {
      if (status.name().equals(text) && status != UNRECOGNIZED) {
        return status;
      }
    }
    return UNRECOGNIZED;
  }

  /**
   * The status Google's HTTP mapping gives an HTTP status when the body names none: 400
   * INVALID_ARGUMENT, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 409 ABORTED, 416
   * OUT_OF_RANGE, 429 RESOURCE_EXHAUSTED, 499 CANCELLED, 500 INTERNAL, 501 UNIMPLEMENTED, 503
   * UNAVAILABLE, 504 DEADLINE_EXCEEDED, other 2xx OK, anything else UNKNOWN.
   */
  public static ApiStatus fromHttp(int httpStatus) {
    switch (httpStatus) {
      case 400: return INVALID_ARGUMENT;
      case 401: return UNAUTHENTICATED;
      case 403: return PERMISSION_DENIED;
      case 404: return NOT_FOUND;
      case 409: return ABORTED;
      case 416: return OUT_OF_RANGE;
      case 429: return RESOURCE_EXHAUSTED;
      case 499: return CANCELLED;
      case 500: return INTERNAL;
      case 501: return UNIMPLEMENTED;
      case 503: return UNAVAILABLE;
      case 504: return DEADLINE_EXCEEDED;
      default: return httpStatus / 100 == 2 ? OK : UNKNOWN;
    }
  }
}
