package dev.tinychat.auth;

import dev.tinychat.json.JsonWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A service account's JSON key file: each access token is bought with a JWT signed (RS256) by the
 * account's private key, optionally acting for a user of the domain ({@link Builder#subject},
 * domain-wide delegation).
 */
public final class ServiceAccountCredentials implements Credentials {
  private static final String PEM_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PEM_END = "-----END PRIVATE KEY-----";

  private final Path keyFile;
  private final String clientEmail;
  private final String keyId;
  private final PrivateKey privateKey;
  private final Set<String> scopes;
  private final String subject;
  private final URI tokenEndpoint;
  private final Duration timeout;
  private final Clock clock;
  private final TokenCache cache;

  private ServiceAccountCredentials(Builder builder) {
    keyFile = builder.keyFile;
    JsonFields key = JsonFields.read(keyFile);
    String type = key.string("type");
    if (!type.equals("service_account")) {
      throw new CredentialsException(
          keyFile + ": field \"type\" is \"" + type + "\", expected \"service_account\"");
    }
    clientEmail = key.string("client_email");
    keyId = key.optString("private_key_id");
    privateKey = privateKey(key.string("private_key"));
    String tokenUri = key.optString("token_uri");
    tokenEndpoint =
        builder.tokenEndpoint != null
            ? builder.tokenEndpoint
            : tokenUri != null ? URI.create(tokenUri) : TokenEndpoint.GOOGLE;
    scopes = InstalledAppCredentials.scopes(builder.scopes);
    subject = builder.subject;
    timeout = builder.timeout;
    clock = builder.clock;
    cache = new TokenCache(this::fetch, clock, null, toString());
  }

  /** Configures credentials for the key in {@code keyFile}, asking for {@code scopes}. */
  public static Builder builder(Path keyFile, Collection<String> scopes) {
    return new Builder(keyFile, scopes);
  }

  @Override
  public AccessToken token() {
    return cache.token();
  }

  @Override
  public AccessToken refresh() {
    return cache.refresh();
  }

  /** The service account's address, {@code client_email} in the key file. */
  public String clientEmail() {
    return clientEmail;
  }

  private PrivateKey privateKey(String pem) {
    int begin = pem.indexOf(PEM_BEGIN);
    int end = pem.indexOf(PEM_END);
    try {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException();
      }
      byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + PEM_BEGIN.length(), end));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      // no cause: its message could quote the key
      throw new CredentialsException(
          keyFile + ": field \"private_key\" is not an RSA private key in PKCS#8 PEM ("
              + PEM_BEGIN + ")");
    }
  }

  private AccessToken fetch() {
    long now = clock.instant().getEpochSecond();
    JsonWriter header = JsonWriter.create().beginObject().name("alg").value("RS256").name("typ").value("JWT");
    if (keyId != null) {
      header.name("kid").value(keyId);
    }
    JsonWriter claims =
        JsonWriter.create()
            .beginObject()
            .name("iss").value(clientEmail)
            .name("scope").value(String.join(" ", scopes))
            .name("aud").value(tokenEndpoint.toString())
            .name("iat").value(now)
            .name("exp").value(now + 3600);
    if (subject != null) {
      claims.name("sub").value(subject);
    }
    String unsigned =
        TokenEndpoint.base64url(header.endObject().toByteArray())
            + "."
            + TokenEndpoint.base64url(claims.endObject().toByteArray());
    String assertion;
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey);
      signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
      assertion = unsigned + "." + TokenEndpoint.base64url(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new CredentialsException("Could not sign with the key in " + keyFile, null, e);
    }
    JsonFields answer =
        TokenEndpoint.post(
            tokenEndpoint,
            timeout,
            "Check that key " + keyId + " of " + clientEmail + " (" + keyFile
                + ") was not deleted and that this machine's clock is right.",
            "grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion", assertion);
    return TokenEndpoint.token(answer, clock, scopes);
  }

  @Override
  public String toString() {
    return "ServiceAccountCredentials{clientEmail=" + clientEmail + ", keyFile=" + keyFile
        + ", scopes=" + scopes + (subject == null ? "" : ", subject=" + subject) + "}";
  }

  /** Configures {@link ServiceAccountCredentials}. */
  public static final class Builder {
    private final Path keyFile;
    private final List<String> scopes;
    private String subject;
    private URI tokenEndpoint;
    private Duration timeout = TokenEndpoint.TIMEOUT;
    private Clock clock = Clock.systemUTC();

    private Builder(Path keyFile, Collection<String> scopes) {
      this.keyFile = Objects.requireNonNull(keyFile, "keyFile");
      this.scopes = List.copyOf(scopes);
    }

    /** The user (email) to act for, with domain-wide delegation; none by default. */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** The token endpoint, also the JWT's audience; by default the key file's {@code token_uri}. */
    public Builder tokenEndpoint(URI uri) {
      this.tokenEndpoint = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /** How long a token request may take; 30 seconds by default. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The clock for the JWT's times and token expiry; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The credentials; reads the key file now.
     *
     * @throws CredentialsException when the key file is missing, malformed or lacks a field
     */
    public ServiceAccountCredentials build() {
      return new ServiceAccountCredentials(this);
    }
  }
}
