package dev.tinychat.bench;

import dev.tinychat.auth.Credentials;
import dev.tinychat.sample.chat.CreateSpace;
import dev.tinychat.sample.chat.Space;
import dev.tinychat.sample.chat.SpacesClient;

/**
 * Start-up benchmark, our side: a fresh JVM creates one named space through the generated client
 * and exits. Run by {@link StartupHarness} on the class path {@code runtime jar + sample classes + bench classes}.
 *
 * <p>Arguments: {@code baseUrl token displayName requestId}. Prints the created space's name, then
 * the {@link ChildReport} lines.
 */
final class TinychatCreate {
  private TinychatCreate() {}

  public static void main(String[] args) {
    Space space;
    try (SpacesClient chat =
        SpacesClient.builder().baseUrl(args[0]).credentials(Credentials.ofToken(args[1])).build()) {
      space = chat.create(CreateSpace.namedSpace(args[2]).requestId(args[3]));
    }
    System.out.println(space.name());
    ChildReport.print();
  }
}
