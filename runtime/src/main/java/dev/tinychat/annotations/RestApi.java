package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods are REST calls. The processor generates {@code <Name>Client},
 * an implementation over {@link dev.tinychat.http.Transport}, and one request class per method
 * that declares {@link Combination}s.
 *
 * <pre>{@code
 * @RestApi(baseUrl = "https://chat.googleapis.com")
 * public interface Spaces {
 *   @Post("/v1/spaces")
 *   Space create(@Body Space space, @Query @IdempotencyKey String requestId);
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
public @interface RestApi {
  /** The URL the client calls unless configured otherwise, without a trailing slash. */
  String baseUrl();
}
