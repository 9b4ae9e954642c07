package dev.tinychat.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void fixedTokenIsAlwaysTheSame() {
    Credentials credentials = Credentials.ofToken("fixed-token");

    assertEquals("fixed-token", credentials.token().value());
    assertEquals("fixed-token", credentials.refresh().value());
  }

  @Test
  void supplierIsAskedOnceAndAgainOnRefresh() {
    AtomicInteger calls = new AtomicInteger();
    Credentials credentials = Credentials.fromSupplier(() -> "supplied-" + calls.incrementAndGet());

    assertEquals("supplied-1", credentials.token().value());
    assertEquals("supplied-1", credentials.token().value());
    assertEquals("supplied-2", credentials.refresh().value());
    assertEquals("supplied-2", credentials.token().value());
    assertEquals(2, calls.get());
    assertEquals("Credentials.fromSupplier", credentials.toString());
  }

  @Test
  void supplierGivingNoTokenIsAClearError() {
    Credentials credentials = Credentials.fromSupplier(() -> null);

    CredentialsException e = assertThrows(CredentialsException.class, credentials::token);

    assertEquals("The token supplier gave no token", e.getMessage());
  }
}
