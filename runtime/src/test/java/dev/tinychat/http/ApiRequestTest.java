package dev.tinychat.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiRequestTest {
  @Test
  void pathParamEncodesEachSegmentAndKeepsSlashes() {
    ApiRequest<Void> request =
        ApiRequest.get("/v1/{name}/x").pathParam("name", "spaces/A B+ü%?#:@").build();
    assertEquals("/v1/spaces/A%20B%2B%C3%BC%25%3F%23%3A%40/x", request.path());
    assertEquals("GET /v1/spaces/A%20B%2B%C3%BC%25%3F%23%3A%40/x", request.toString());
  }

  @Test
  void unreservedCharactersStayAsTheyAre() {
    assertEquals("/v1/aZ09-._~",
        ApiRequest.get("/v1/{n}").pathParam("n", "aZ09-._~").build().path());
  }

  @Test
  void emptyOrNullPathParamIsInvalidRequestNamingTheParameter() {
    InvalidRequestException empty = assertThrows(InvalidRequestException.class,
        () -> ApiRequest.get("/v1/{name}").pathParam("name", ""));
    assertEquals("name", empty.field());
    assertEquals("name: must not be empty", empty.getMessage());
    InvalidRequestException missing = assertThrows(InvalidRequestException.class,
        () -> ApiRequest.get("/v1/{parent}/members").pathParam("parent", null));
    assertEquals("parent: must not be empty", missing.getMessage());
  }

  @Test
  void dotSegmentsAreRefusedSoAValueCannotClimbThePath() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> ApiRequest.delete("/v1/{name}").pathParam("name", "spaces/../admin"));
    assertEquals("name: \"..\" is not allowed as a path segment, got \"spaces/../admin\"",
        e.getMessage());
  }

  @Test
  void placeholderLeftAtBuildIsIllegalState() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ApiRequest.get("/v1/{parent}/members/{member}").pathParam("parent", "spaces/A")
            .build());
    assertEquals("path parameter {member} of /v1/{parent}/members/{member} was not set",
        e.getMessage());
  }

  @Test
  void pathParamWithoutPlaceholderIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiRequest.get("/v1/spaces").pathParam("name", "x"));
    assertEquals("no {name} left in /v1/spaces", e.getMessage());
  }

  @Test
  void queryValuesArePercentEncodedWithSpaceAsPercent20AndNullsLeftOut() {
    ApiRequest<Void> request = ApiRequest.post("/v1/spaces")
        .query("requestId", "a b&c=d/é+")
        .query("skipped", null)
        .query("page size", "10")
        .build();
    assertEquals("requestId=a%20b%26c%3Dd%2F%C3%A9%2B&page%20size=10", request.query());
    assertEquals("POST /v1/spaces", request.toString());
  }

  @Test
  void idempotencyKeyKeepsTheCallersOrMakesARandomUuid() {
    assertEquals("mine", ApiRequest.idempotencyKey("mine"));
    String a = ApiRequest.idempotencyKey(null);
    String b = ApiRequest.idempotencyKey("");
    assertTrue(a.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), a);
    assertNotEquals(a, b);
  }

  @Test
  void getAndDeleteAreRetrySafeOthersOnlyWhenMarked() {
    assertTrue(ApiRequest.get("/v1/x").build().isRetrySafe());
    assertTrue(ApiRequest.delete("/v1/x").build().isRetrySafe());
    assertFalse(ApiRequest.post("/v1/x").build().isRetrySafe());
    assertFalse(ApiRequest.put("/v1/x").build().isRetrySafe());
    assertFalse(ApiRequest.patch("/v1/x").build().isRetrySafe());
    assertTrue(ApiRequest.post("/v1/x").retrySafe().build().isRetrySafe());
    assertNull(ApiRequest.post("/v1/x").build().body());
  }

  @Test
  void templateMustBeAnAbsolutePath() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ApiRequest.get("v1/spaces"));
    assertEquals("path template must start with '/', got v1/spaces", e.getMessage());
  }
}
