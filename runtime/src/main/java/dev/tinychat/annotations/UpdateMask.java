package dev.tinychat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/**
 * The {@link Query} parameter (a {@code String}) is the update mask of a partial update: the
 * comma-separated paths of the {@link Body} resource that the call changes. {@link #value()}
 * declares the paths the API accepts, in the API's own spelling (proto field names in
 * snake_case: {@code display_name}, {@code permission_settings.manage_apps}).
 *
 * <p>The request class of the method computes the mask: each setter of a {@link Combination}'s
 * field adds the declared path that field falls under, so the mask names exactly the fields set.
 * A field set to {@code null} is in the mask and absent from the body, which clears it. A call
 * whose mask is {@code null} or empty is refused before any I/O.
 *
 * <pre>{@code
 * @Patch("/v1/{space.name=spaces/*}")
 * @Combination(name = "details", required = "space.name", allowed = "space.displayName")
 * Space patch(@Body Space space, @Query @UpdateMask({"display_name"}) String updateMask);
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
public @interface UpdateMask {
  /** The paths the API accepts, in snake_case, each a path of fields of the body resource. */
  String[] value();
}
