package test;

import dev.tinychat.annotations.Generated;
import dev.tinychat.http.ApiRequest;
import dev.tinychat.http.ClientBuilder;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.http.Transport;
import dev.tinychat.internal.RequestRules;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Calls {@link Rooms} over a {@link Transport}: every call is checked before any I/O, and
 * calls that carry an idempotency key are retried when the transport allows.
 *
 * <pre>{@code
 * RoomsClient client = RoomsClient.builder().credentials(credentials).build();
 * }</pre>
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class RoomsClient implements Rooms, AutoCloseable {
  /**
   * The URL called unless the builder says otherwise.
   */
  public static final String DEFAULT_BASE_URL = "https://rooms.example";

  private final Transport transport;

  /**
   * A client sending through {@code transport}, which holds the base URL and credentials.
   */
  public RoomsClient(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * A builder of a client calling {@link #DEFAULT_BASE_URL}.
   */
  public static ClientBuilder<RoomsClient> builder() {
    return new ClientBuilder<>(DEFAULT_BASE_URL, RoomsClient::new);
  }

  /**
   * Checks a call of {@code open} before any I/O, as {@link #open} does: that it matches one
   * combination of {@link OpenRoom}, chosen by the fields each fixes, and that every field is within
   * its declared limits. A request made by a factory has its combination's fields by construction;
   * what its arguments and setters carry (list sizes, values) is checked here too.
   *
   * @throws InvalidRequestException naming the field and the rule it breaks
   */
  public static void checkOpen(Room room, String requestId, List<Guest> guests) {
    OpenRoom.RULES.check(room, guests);
    RequestRules.checkValue(room, "room", RoomJson.SHAPE);
    RequestRules.checkElements(guests, "guests", GuestJson.SHAPE);
  }

  private static ApiRequest<Room> getRequest(String name) {
    return ApiRequest.get("/v1/{name}")
        .pathParam("name", RequestRules.pathValue(name, "name", "rooms/*"))
        .build(RoomJson.SHAPE);
  }

  private static ApiRequest<Room> openRequest(Room room, String requestId, List<Guest> guests) {
    checkOpen(room, requestId, guests);
    String key = ApiRequest.idempotencyKey(requestId);
    return ApiRequest.post("/v1/rooms:open")
        .member("room", room, RoomJson.SHAPE)
        .member("requestId", key)
        .member("guests", guests, GuestJson.SHAPE)
        .retrySafe()
        .build(RoomJson.SHAPE);
  }

  @Override
  public Room get(String name) {
    return transport.send(getRequest(name));
  }

  /**
   * {@link #get} without blocking.
   */
  public CompletableFuture<Room> getAsync(String name) {
    return transport.sendAsync(getRequest(name));
  }

  @Override
  public Room open(Room room, String requestId, List<Guest> guests) {
    return transport.send(openRequest(room, requestId, guests));
  }

  /**
   * Sends {@code request}, made by one of the {@link OpenRoom} factories.
   */
  public Room open(OpenRoom request) {
    RequestRules.requireArgument(request, "request", null);
    return open(request.room(), request.requestId(), request.guests());
  }

  /**
   * {@link #open} without blocking.
   */
  public CompletableFuture<Room> openAsync(Room room, String requestId, List<Guest> guests) {
    return transport.sendAsync(openRequest(room, requestId, guests));
  }

  /**
   * Sends {@code request}, made by one of the {@link OpenRoom} factories.
   */
  public CompletableFuture<Room> openAsync(OpenRoom request) {
    RequestRules.requireArgument(request, "request", null);
    return openAsync(request.room(), request.requestId(), request.guests());
  }

  /**
   * Closes the transport: calls in flight finish, later ones fail.
   */
  @Override
  public void close() {
    transport.close();
  }
}
