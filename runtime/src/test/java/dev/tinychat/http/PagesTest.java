package dev.tinychat.http;

import static dev.tinychat.http.TestServer.reply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tinychat.json.JsonReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Pages} over a real list method on loopback: lazy, same arguments, bounded. */
class PagesTest extends OnLoopback {
  /** A list response: {@code {"items":["a"],"nextPageToken":"t"}}. */
  record Page(List<String> items, String nextPageToken) {
    static Page read(JsonReader json) {
      List<String> items = null;
      String next = null;
      json.beginObject();
      while (json.hasNext()) {
        String name = json.nextName();
        if (name.equals("items")) {
          items = new ArrayList<>();
          json.beginArray();
          while (json.hasNext()) {
            items.add(json.nextString());
          }
          json.endArray();
        } else if (name.equals("nextPageToken")) {
          next = json.nextString();
        } else {
          json.skipValue();
        }
      }
      json.endObject();
      return new Page(items, next);
    }
  }

  private ApiRequest<Page> list(String filter, String pageToken) {
    return ApiRequest.get("/v1/things").query("filter", filter).query("pageToken", pageToken)
        .build(Page::read);
  }

  /** Serves items "i0".."i6" three at a time; the token is the index of the next item. */
  private void serveSevenItemsThreeAPage() {
    for (int i = 0; i < 10; i++) {
      server.then(request -> {
        String query = request.rawQuery();
        int from = query.contains("pageToken=") ? Integer.parseInt(
            query.substring(query.indexOf("pageToken=") + 10).replace("p", "")) : 0;
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int i2 = from; i2 < Math.min(from + 3, 7); i2++) {
          body.append(i2 > from ? "," : "").append("\"i").append(i2).append('"');
        }
        body.append("]").append(from + 3 < 7 ? ",\"nextPageToken\":\"p" + (from + 3) + "\"" : "")
            .append(",\"other\":1}");
        return reply(200, body.toString());
      });
    }
  }

  private Pages<Page, String> all(String filter, String pageToken) {
    return Pages.of(pageToken, token -> transport.send(list(filter, token)), Page::items,
        Page::nextPageToken);
  }

  private Pages<Page, String> allAsync(String filter, String pageToken) {
    return Pages.ofAsync(pageToken, token -> transport.sendAsync(list(filter, token)),
        Page::items, Page::nextPageToken);
  }

  private List<String> queries() {
    return server.received.stream().map(TestServer.Received::rawQuery)
        .collect(Collectors.toList());
  }

  @Test
  void iteratesEveryItemWithTheSameArgumentsAndTheTokenSubstituted() {
    serveSevenItemsThreeAPage();
    List<String> seen = new ArrayList<>();
    for (String item : all("type = x", null)) {
      seen.add(item);
    }
    assertEquals(List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6"), seen);
    assertEquals(List.of("filter=type%20%3D%20x", "filter=type%20%3D%20x&pageToken=p3",
        "filter=type%20%3D%20x&pageToken=p6"), queries());
  }

  @Test
  void fetchesTheNextPageOnlyWhenNeeded() {
    serveSevenItemsThreeAPage();
    Pages<Page, String> pages = all("f", null);
    assertEquals(0, server.received.size(), "nothing fetched before iterating");
    Iterator<String> it = pages.iterator();
    assertEquals("i0", it.next());
    assertEquals(1, server.received.size());
    it.next();
    it.next();
    assertEquals(1, server.received.size(), "the first page still has items");
    assertEquals("i3", it.next());
    assertEquals(2, server.received.size());
    assertEquals(List.of("i0", "i1", "i2", "i3"), pages.stream().limit(4).toList());
    assertEquals(4, server.received.size(), "a new stream starts again, and stops at page 2");
  }

  @Test
  void startsFromTheCallersToken() {
    serveSevenItemsThreeAPage();
    assertEquals(List.of("i3", "i4", "i5", "i6"), all("f", "p3").stream().toList());
    assertEquals(List.of("filter=f&pageToken=p3", "filter=f&pageToken=p6"), queries());
  }

  @Test
  void aRepeatedTokenStopsPagingAfterTheLastNewPage() {
    server.then(reply(200, "{\"items\":[\"a\"],\"nextPageToken\":\"A\"}"),
        reply(200, "{\"items\":[\"b\"],\"nextPageToken\":\"B\"}"),
        reply(200, "{\"items\":[\"c\"],\"nextPageToken\":\"A\"}"));
    Iterator<String> it = all(null, null).iterator();
    assertEquals("a", it.next());
    assertEquals("b", it.next());
    assertEquals("c", it.next());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, it::hasNext);
    assertEquals("Paging stopped: the page token after page 3 is the token of an earlier page",
        e.getMessage());
    assertEquals(3, server.received.size());
  }

  @Test
  void theCallersOwnTokenCountsAsSeen() {
    server.then(reply(200, "{\"items\":[\"a\"],\"nextPageToken\":\"X\"}"));
    assertThrows(InvalidResponseException.class, () -> all(null, "X").stream().count());
    assertEquals(1, server.received.size());
  }

  @Test
  void emptyPagesThatKeepPointingOnAreBounded() {
    // In memory: a hundred loopback round trips would only make the test slow.
    List<String> fetched = new ArrayList<>();
    Pages<Page, String> endless = Pages.of(null, token -> {
      fetched.add(token);
      return new Page(List.of(), "t" + fetched.size());
    }, Page::items, Page::nextPageToken);
    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> endless.stream().count());
    assertEquals("Paging stopped: 100 pages in a row without items, up to page 100",
        e.getMessage());
    assertEquals(Pages.MAX_EMPTY_PAGES, fetched.size());
    assertEquals(List.of("t99"), fetched.subList(99, 100));

    fetched.clear();
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> endless.toListAsync().get(10, TimeUnit.SECONDS));
    assertInstanceOf(InvalidResponseException.class, async.getCause());
    assertEquals(Pages.MAX_EMPTY_PAGES, fetched.size());
  }

  @Test
  void ninetyNineEmptyPagesBeforeAnItemAreFine() {
    Pages<Page, String> sparse = Pages.of(null, token -> {
      int n = token == null ? 0 : Integer.parseInt(token);
      return n < 99 ? new Page(null, Integer.toString(n + 1)) : new Page(List.of("x"), null);
    }, Page::items, Page::nextPageToken);
    assertEquals(List.of("x"), sparse.stream().toList());
  }

  @Test
  void emptyPagesWithoutItemsOrTokenEndTheList() {
    server.then(reply(200, "{\"nextPageToken\":\"n\"}"), reply(200, "{\"nextPageToken\":\"\"}"));
    assertEquals(List.of(), all(null, null).stream().toList());
    assertEquals(2, server.received.size());
  }

  @Test
  void anErrorOnALaterPageIsThrownFromTheIteration() {
    server.then(reply(200, "{\"items\":[\"a\"],\"nextPageToken\":\"A\"}"), reply(404,
        "{\"error\":{\"code\":404,\"message\":\"Space not found\",\"status\":\"NOT_FOUND\"}}"));
    Iterator<String> it = all(null, null).iterator();
    assertEquals("a", it.next());
    ApiException e = assertThrows(ApiException.class, it::hasNext);
    assertEquals(404, e.httpStatus());
  }

  @Test
  void asyncCollectsAndVisitsEveryItemOnePageAtATime() throws Exception {
    serveSevenItemsThreeAPage();
    assertEquals(List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6"),
        allAsync("f", null).toListAsync().get(10, TimeUnit.SECONDS));
    assertEquals(3, server.received.size());

    List<String> itemsSeen = new ArrayList<>();
    List<Integer> requestsWhenSeen = new ArrayList<>();
    allAsync("f", "p3").forEachAsync(item -> {
      itemsSeen.add(item);
      requestsWhenSeen.add(server.received.size());
    }).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("i3", "i4", "i5", "i6"), itemsSeen);
    assertEquals(List.of(4, 4, 4, 5), requestsWhenSeen,
        "the next page is fetched after the action had this page's items");

    List<String> items = new ArrayList<>();
    all("f", "p6").forEachAsync(items::add).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("i6"), items);
    assertEquals(List.of("i6"), allAsync("f", "p6").stream().toList(), "blocking over async");
  }

  @Test
  void asyncFailuresCompleteTheFutureWithTheCause() throws Exception {
    server.then(reply(200, "{\"items\":[\"a\"],\"nextPageToken\":\"A\"}"), reply(403,
        "{\"error\":{\"code\":403,\"message\":\"No\",\"status\":\"PERMISSION_DENIED\"}}"));
    CompletableFuture<List<String>> future = allAsync(null, null).toListAsync();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertEquals(403, assertInstanceOf(ApiException.class, e.getCause()).httpStatus());

    server.then(reply(200, "{\"items\":[\"a\"],\"nextPageToken\":\"A\"}"),
        reply(200, "{\"items\":[\"b\"],\"nextPageToken\":\"A\"}"));
    ExecutionException loop = assertThrows(ExecutionException.class,
        () -> allAsync(null, null).toListAsync().get(10, TimeUnit.SECONDS));
    assertInstanceOf(InvalidResponseException.class, loop.getCause());

    server.then(reply(200, "{\"items\":[\"a\"],\"nextPageToken\":\"A\"}"));
    ExecutionException thrown = assertThrows(ExecutionException.class,
        () -> allAsync(null, null).forEachAsync(item -> {
          throw new IllegalStateException("stop at " + item);
        }).get(10, TimeUnit.SECONDS));
    assertEquals("stop at a", thrown.getCause().getMessage());
    assertEquals(5, server.received.size(), "no page fetched after the action failed");
  }

  @Test
  void manyAsyncPagesDoNotGrowTheStack() throws Exception {
    int n = 2000;
    Pages<Integer, Integer> pages = Pages.ofAsync(null,
        token -> CompletableFuture.completedFuture(token == null ? 0 : Integer.parseInt(token)),
        page -> List.of(page), page -> page + 1 < n ? Integer.toString(page + 1) : null);
    List<Integer> all = pages.toListAsync().get(30, TimeUnit.SECONDS);
    assertEquals(n, all.size());
    assertEquals(n - 1, all.get(n - 1));
    assertTrue(pages.stream().count() == n);
  }
}
