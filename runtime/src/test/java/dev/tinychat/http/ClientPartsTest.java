package dev.tinychat.http;

import static dev.tinychat.http.TestServer.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinychat.auth.Credentials;
import dev.tinychat.internal.Shape;
import dev.tinychat.internal.Struct;
import dev.tinychat.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What generated clients are made of, over a real server on loopback: the client builder, the
 * call classes ({@link PendingCall}, {@link PagedCall}), a body and an answer given by their
 * resource's {@link Shape}, and query values of any type.
 */
class ClientPartsTest extends OnLoopback {
  /** A resource as the processor generates it: {@code id} output only, {@code text} sent. */
  interface Note {
    String id();

    String text();
  }

  static final class NoteJson extends Struct implements Note {
    static final Shape<Note> SHAPE = new Shape<>(new NoteJson(null), "Note", 2);

    static {
      SHAPE.field("id", Shape.STRING | Shape.OUTPUT);
      SHAPE.field("text", Shape.STRING);
    }

    NoteJson(Object[] values) {
      super(SHAPE, values);
    }

    @Override
    protected Struct newValue(Object[] values) {
      return new NoteJson(values);
    }

    @Override
    protected Object[] valuesOf(Object value) {
      return value instanceof Note note ? new Object[] {note.id(), note.text(), null} : null;
    }

    @Override
    public String id() {
      return (String) values[0];
    }

    @Override
    public String text() {
      return (String) values[1];
    }
  }

  record ForeignNote(String id, String text) implements Note {}

  /** A page of notes: {@code {"notes":[...],"nextPageToken":"t"}}. */
  interface NotePage {
    List<Note> notes();

    String nextPageToken();
  }

  static final class NotePageJson extends Struct implements NotePage {
    static final Shape<NotePage> SHAPE = new Shape<>(new NotePageJson(null), "NotePage", 2);

    static {
      SHAPE.field("notes", Shape.RESOURCE | Shape.LIST);
      SHAPE.field("nextPageToken", Shape.STRING);
    }

    NotePageJson(Object[] values) {
      super(SHAPE, values);
    }

    @Override
    protected Struct newValue(Object[] values) {
      return new NotePageJson(values);
    }

    @Override
    protected Object[] valuesOf(Object value) {
      return value instanceof NotePage page ? new Object[] {page.notes(), page.nextPageToken(), null} : null;
    }

    @Override
    protected Shape<?> nested(int field) {
      return NoteJson.SHAPE;
    }

    @Override
    public List<Note> notes() {
      return list(0);
    }

    @Override
    public String nextPageToken() {
      return (String) values[1];
    }
  }

  /** An enum whose text is not its name: the query sends the name. */
  enum Order {
    NEWEST_FIRST;

    @Override
    public String toString() {
      return "newest";
    }
  }

  /** A list call as generated: a setter per optional argument, the request from the fields. */
  static final class ListCall extends PagedCall<NotePage, Note> {
    private final String parent;
    private Integer pageSize;
    private Order order;

    ListCall(Transport transport, String parent) {
      super(transport, NotePage::notes, NotePage::nextPageToken);
      this.parent = parent;
    }

    ListCall pageSize(Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    ListCall pageToken(String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    ListCall order(Order order) {
      this.order = order;
      return this;
    }

    @Override
    protected ApiRequest<NotePage> request(String pageToken) {
      return ApiRequest.get("/v1/{parent}/notes").pathParam("parent", parent).query("pageSize", pageSize)
          .query("pageToken", pageToken).query("order", order).build(NotePageJson.SHAPE);
    }
  }

  /** A call without pages. */
  static final class CountCall extends PendingCall<Note> {
    private Boolean exact;

    CountCall(Transport transport) {
      super(transport);
    }

    CountCall exact(Boolean exact) {
      this.exact = exact;
      return this;
    }

    @Override
    protected ApiRequest<Note> request() {
      return ApiRequest.get("/v1/count").query("exact", exact).build(NoteJson.SHAPE);
    }
  }

  /** Serves notes n0..n4 two a page; the token is the index of the next note. */
  private void serveFiveNotesTwoAPage(int pages) {
    for (int i = 0; i < pages; i++) {
      server.then(request -> {
        String query = request.rawQuery();
        int from = query.contains("pageToken=") ? Integer.parseInt(query.replaceAll(".*pageToken=p(\\d+).*", "$1")) : 0;
        StringBuilder body = new StringBuilder("{\"notes\":[");
        for (int n = from; n < Math.min(from + 2, 5); n++) {
          body.append(n > from ? "," : "").append("{\"id\":\"n").append(n).append("\"}");
        }
        body.append(']').append(from + 2 < 5 ? ",\"nextPageToken\":\"p" + (from + 2) + '"' : "").append('}');
        return reply(200, body.toString());
      });
    }
  }

  private List<String> queries() {
    return server.received.stream().map(TestServer.Received::rawQuery).collect(Collectors.toList());
  }

  private static List<String> ids(List<Note> notes) {
    return notes.stream().map(Note::id).collect(Collectors.toList());
  }

  /** A client as generated: made from a transport. */
  record Client(Transport transport) {}

  @Test
  void theClientBuilderMakesTheClientOverATransportWithItsOptions() {
    server.then(request -> reply(200, "{}"));
    Client client = new ClientBuilder<>("https://default.example", Client::new).baseUrl(server.url())
        .credentials(Credentials.ofToken(TransportTest.TOKEN))
        .configure(options -> options.requestTimeout(Duration.ofSeconds(7))).build();
    try {
      assertEquals(server.url(), client.transport().baseUrl);
      assertEquals(Duration.ofSeconds(7), client.transport().requestTimeout);
      client.transport().send(ApiRequest.get("/v1/x").build());
    } finally {
      client.transport().close();
    }
    assertEquals("/v1/x", server.received.get(0).rawPath());
    assertEquals("Bearer " + TransportTest.TOKEN, server.received.get(0).header("Authorization"));
    // without baseUrl(...), the client's default
    Client byDefault = new ClientBuilder<>("https://default.example/", Client::new)
        .credentials(Credentials.ofToken(TransportTest.TOKEN)).build();
    byDefault.transport().close();
    assertEquals("https://default.example", byDefault.transport().baseUrl);
    // bad options are refused naming them, not with a NullPointerException
    ClientBuilder<Client> builder = new ClientBuilder<>("https://default.example", Client::new);
    assertEquals("options is null",
        assertThrows(IllegalArgumentException.class, () -> builder.configure(null)).getMessage());
    assertEquals("baseUrl must be an http or https URL without query, got ftp://x",
        assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("ftp://x")).getMessage());
    assertThrows(IllegalStateException.class, builder::build);
  }

  @Test
  void aPagedCallSendsItsArgumentsAndPagesFromItsToken() throws Exception {
    serveFiveNotesTwoAPage(7);
    ListCall call = new ListCall(transport, "boards/b 1").pageSize(2).order(Order.NEWEST_FIRST);
    assertEquals(List.of("n0", "n1"), ids(call.call().notes()));
    assertEquals(List.of("n2", "n3"), ids(call.pageToken("p2").callAsync().get(10, TimeUnit.SECONDS).notes()));
    // every item from the token set on, the other arguments kept
    assertEquals(List.of("n2", "n3", "n4"), ids(call.all().stream().collect(Collectors.toList())));
    assertEquals(List.of("n0", "n1", "n2", "n3", "n4"),
        ids(call.pageToken(null).allAsync().toListAsync().get(10, TimeUnit.SECONDS)));
    assertEquals("/v1/boards/b%201/notes", server.received.get(0).rawPath());
    assertEquals(List.of("pageSize=2&order=NEWEST_FIRST", "pageSize=2&pageToken=p2&order=NEWEST_FIRST",
        "pageSize=2&pageToken=p2&order=NEWEST_FIRST", "pageSize=2&pageToken=p4&order=NEWEST_FIRST",
        "pageSize=2&order=NEWEST_FIRST", "pageSize=2&pageToken=p2&order=NEWEST_FIRST",
        "pageSize=2&pageToken=p4&order=NEWEST_FIRST"), queries());
  }

  @Test
  void aCallWithoutPagesSendsItsArguments() throws Exception {
    server.then(request -> reply(200, "{\"id\":\"n1\",\"text\":\"hi\"}"));
    server.then(request -> reply(200, "{\"id\":\"n2\"}"));
    CountCall call = new CountCall(transport);
    Note note = call.call();
    assertEquals(List.of("n1", "hi"), List.of(note.id(), note.text()));
    assertEquals("n2", call.exact(false).callAsync().get(10, TimeUnit.SECONDS).id());
    assertEquals(Arrays.asList(null, "exact=false"), queries());
  }

  @Test
  void aBodyIsWrittenByItsShapeWithoutOutputFieldsAndTheAnswerReadByItsShape() {
    server.then(request -> reply(200, "{\"id\":\"n9\",\"text\":\"hello é\",\"later\":[1]}"));
    Note sent = transport.send(ApiRequest.post("/v1/notes").body(NoteJson.SHAPE, new ForeignNote("n1", "hello é"))
        .build(NoteJson.SHAPE));
    assertEquals("{\"text\":\"hello é\"}", new String(server.received.get(0).body(), StandardCharsets.UTF_8));
    assertEquals(List.of("n9", "hello é"), List.of(sent.id(), sent.text()));
    assertEquals("{\"later\":[1]}", NoteJson.SHAPE.unknownFields(sent).toString());
  }

  /** A body of several members, each as its declared type writes it; null ones left out. */
  @Test
  void aBodyOfMembersWritesEachByItsTypeAndLeavesNullsOut() {
    server.then(request -> reply(200, "{\"id\":\"n1\"}"));
    Note sent = transport.send(ApiRequest.post("/v1/notes:batch")
        .member("note", new ForeignNote("out", "a"), NoteJson.SHAPE)
        .member("notes", List.of(new ForeignNote(null, "b"), new NoteJson(new Object[] {"x", "c", null})),
            NoteJson.SHAPE)
        .member("requestId", "r-1")
        .member("missing", null)
        .member("flag", true)
        .member("count", 7)
        .member("big", 1L << 53)
        .member("ratio", 0.5)
        .member("at", Instant.parse("2026-01-02T03:04:05.120Z"))
        .member("order", Order.NEWEST_FIRST)
        .member("free", JsonValue.parse("{\"a\":[1,null]}"))
        .member("tags", Arrays.asList("x", null))
        .retrySafe()
        .build(NoteJson.SHAPE));
    assertEquals("n1", sent.id());
    assertEquals("{\"note\":{\"text\":\"a\"},\"notes\":[{\"text\":\"b\"},{\"text\":\"c\"}],\"requestId\":\"r-1\","
        + "\"flag\":true,\"count\":7,\"big\":\"9007199254740992\",\"ratio\":0.5,"
        + "\"at\":\"2026-01-02T03:04:05.120Z\",\"order\":\"NEWEST_FIRST\",\"free\":{\"a\":[1,null]},"
        + "\"tags\":[\"x\",null]}", new String(server.received.get(0).body(), StandardCharsets.UTF_8));
    // every member null: an empty object, still a body
    assertEquals("{}", new String(ApiRequest.post("/v1/x").member("a", null).member("b", null, NoteJson.SHAPE)
        .build().body(), StandardCharsets.UTF_8));
    // a lone surrogate in a member is refused at once, before any I/O
    assertThrows(InvalidRequestException.class, () -> ApiRequest.post("/v1/x").member("a", "\uD800"));
  }

  @Test
  void queryValuesOfAnyTypeAreSentAsText() {
    ApiRequest<Void> request = ApiRequest.get("/v1/x").query("size", 10).query("all", Boolean.TRUE)
        .query("order", Order.NEWEST_FIRST).query("big", 1L << 40).query("none", null).query("text", "a b").build();
    assertEquals("size=10&all=true&order=NEWEST_FIRST&big=1099511627776&text=a%20b", request.query());
    assertNull(request.body());
  }
}
