package dev.tinychat.sample.emulator;

import java.util.Set;

/** Who is calling: a person (user auth) or a Chat app (app auth). Holds no token. */
record Principal(String name, boolean app, Set<String> scopes) {
  Principal {
    scopes = Set.copyOf(scopes);
  }

  /** Whether the caller holds at least one of the scopes. */
  boolean hasAny(Set<String> wanted) {
    for (String scope : wanted) {
      if (scopes.contains(scope)) {
        return true;
      }
    }
    return false;
  }
}
