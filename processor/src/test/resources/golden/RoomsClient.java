package test;

import dev.tinychat.auth.Credentials;
import dev.tinychat.http.ApiRequest;
import dev.tinychat.http.InvalidRequestException;
import dev.tinychat.http.Transport;
import dev.tinychat.json.JsonWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Calls {@link Rooms} over a {@link Transport}: every call is checked before any I/O, and
 * calls that carry an idempotency key are retried when the transport allows.
 *
 * <pre>{@code
 * RoomsClient client = RoomsClient.builder().credentials(credentials).build();
 * }</pre>
 */
@Generated("dev.tinychat.processor.TinychatProcessor")
public final class RoomsClient implements Rooms {
  /**
   * The URL called unless the builder says otherwise.
   */
  public static final String DEFAULT_BASE_URL = "https://rooms.example";

  private static final Pattern GET_NAME_PATTERN = Pattern.compile("rooms/[^/]+");

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
  public static Builder builder() {
    return new Builder();
  }

  private static ApiRequest<Room> getRequest(String name) {
    if (name == null) {
      throw new InvalidRequestException("name", "required");
    }
    if (!GET_NAME_PATTERN.matcher(name).matches()) {
      throw new InvalidRequestException("name", "must match rooms/*, got \"" + name + '"');
    }
    return ApiRequest.get("/v1/{name}")
        .pathParam("name", name)
        .build(RoomJson::read);
  }

  /**
   * Writes the request body: one object holding the fields that are set.
   */
  private static void writeOpenBody(JsonWriter writer, Room room, String requestId,
      List<Guest> guests) {
    writer.beginObject();
    if (room != null) {
      RoomJson.writeRequest(writer.name("room"), room);
    }
    if (requestId != null) {
      writer.name("requestId").value(requestId);
    }
    if (guests != null) {
      writer.name("guests").beginArray();
      for (Guest element : guests) {
        GuestJson.writeRequest(writer, element);
      }
      writer.endArray();
    }
    writer.endObject();
  }

  private static ApiRequest<Room> openRequest(Room room, String requestId, List<Guest> guests) {
    OpenRoom.check(room, requestId, guests);
    String key = ApiRequest.idempotencyKey(requestId);
    return ApiRequest.post("/v1/rooms:open")
        .body(json -> writeOpenBody(json, room, key, guests))
        .retrySafe()
        .build(RoomJson::read);
  }

  @Override
  public Room get(String name) {
    return transport.send(getRequest(name));
  }

  @Override
  public Room open(Room room, String requestId, List<Guest> guests) {
    return transport.send(openRequest(room, requestId, guests));
  }

  /**
   * Sends {@code request}, made by one of the {@link OpenRoom} factories.
   */
  public Room open(OpenRoom request) {
    return open(request.room(), request.requestId(), request.guests());
  }

  /**
   * Configures a {@link RoomsClient}: base URL, credentials, and any other transport option.
   */
  public static final class Builder {
    private final Transport.Builder transport = Transport.builder().baseUrl(DEFAULT_BASE_URL);

    private Builder() {
    }

    /**
     * The URL to call instead of {@link #DEFAULT_BASE_URL}, such as an emulator's.
     */
    public Builder baseUrl(String baseUrl) {
      transport.baseUrl(baseUrl);
      return this;
    }

    /**
     * Where access tokens come from.
     */
    public Builder credentials(Credentials credentials) {
      transport.credentials(credentials);
      return this;
    }

    /**
     * Sets other transport options, such as timeouts and retries.
     */
    public Builder configure(Consumer<Transport.Builder> options) {
      options.accept(transport);
      return this;
    }

    public RoomsClient build() {
      return new RoomsClient(transport.build());
    }
  }
}
