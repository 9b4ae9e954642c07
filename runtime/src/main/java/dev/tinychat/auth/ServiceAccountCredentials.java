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
import java.util.Base64;
import java.util.Collection;
import java.util.Set;
import java.util.Objects;

/**
 * A service account's JSON key file, as the Cloud console downloads it: each access token is
 * bought with a JWT signed (RS256) by the account's private key, at the key file's {@code
 * token_uri}. {@link #withSubject} acts for a user of the domain (domain-wide delegation).
 *
 * <pre>{@code
 * Credentials.serviceAccount(Path.of("key.json"), List.of("https://www.googleapis.com/auth/chat.bot"));
 * }</pre>
 */
public final class ServiceAccountCredentials extends CachedCredentials {
  private final Path keyFile;
  private final String clientEmail;
  private final String keyId;
  private final PrivateKey key;
  private final Set<String> scopes;
  private final String subject;

  private ServiceAccountCredentials(
      Path keyFile, String clientEmail, String keyId, PrivateKey key, URI endpoint,
      Set<String> scopes, String subject, Clock clock) {
    super(clock, null);
    this.keyFile = keyFile;
    this.clientEmail = clientEmail;
    this.keyId = keyId;
    this.key = key;
    this.endpoint = endpoint;
    this.scopes = scopes;
    this.subject = subject;
  }

  /** Reads the key file now; a missing or malformed one is a {@link CredentialsException}. */
  static ServiceAccountCredentials read(Path keyFile, Collection<String> scopes, Clock clock) {
    OAuth json = OAuth.read(keyFile);
    String type = json.string("type");
    if (!type.equals("service_account")) {
      throw new CredentialsException(
          keyFile + ": field \"type\" is \"" + type + "\", expected \"service_account\"");
    }
    String email = json.string("client_email");
    String pem = json.string("private_key");
    String tokenUri = json.optString("token_uri");
    PrivateKey key;
    try {
      int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
      int end = pem.indexOf("-----END PRIVATE KEY-----");
      if (begin < 0) {
        throw new IllegalArgumentException();
      }
      key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(
                  new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem.substring(begin + 27, end))));
    } catch (RuntimeException | GeneralSecurityException e) { // no cause: it might quote the key
      throw new CredentialsException(
          keyFile + ": field \"private_key\" is not an RSA private key in PKCS#8 PEM"
              + " (-----BEGIN PRIVATE KEY-----)");
    }
    return new ServiceAccountCredentials(
        keyFile, email, json.optString("private_key_id"), key,
        tokenUri == null ? OAuth.GOOGLE : URI.create(tokenUri),
        OAuth.scopes(scopes), null, clock);
  }

  /** The same account acting for {@code user} (an email), by domain-wide delegation. */
  public ServiceAccountCredentials withSubject(String user) {
    return new ServiceAccountCredentials(
        keyFile, clientEmail, keyId, key, endpoint, scopes, Objects.requireNonNull(user, "user"), clock);
  }

  /** The service account's address, {@code client_email} in the key file. */
  public String clientEmail() {
    return clientEmail;
  }

  @Override
  AccessToken fetch() {
    long now = clock.instant().getEpochSecond();
    JsonWriter header = JsonWriter.create().beginObject().name("alg").value("RS256").name("typ").value("JWT");
    JsonWriter claims =
        JsonWriter.create().beginObject()
            .name("iss").value(clientEmail)
            .name("scope").value(String.join(" ", scopes))
            .name("aud").value(endpoint.toString())
            .name("iat").value(now)
            .name("exp").value(now + 3600);
    if (keyId != null) {
      header.name("kid").value(keyId);
    }
    if (subject != null) {
      claims.name("sub").value(subject);
    }
    String jwt =
        OAuth.base64url(header.endObject().toByteArray()) + "."
            + OAuth.base64url(claims.endObject().toByteArray());
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(jwt.getBytes(StandardCharsets.US_ASCII));
      jwt += "." + OAuth.base64url(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new CredentialsException("Could not sign with the key in " + keyFile, null, e);
    }
    return OAuth.post(
            endpoint,
            "Check that key " + keyId + " of " + clientEmail + " (" + keyFile
                + ") was not deleted and that this machine's clock is right.",
            "grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion", jwt)
        .token(clock, scopes);
  }

  @Override
  public String toString() {
    return "ServiceAccountCredentials{clientEmail=" + clientEmail + ", keyFile=" + keyFile
        + ", scopes=" + scopes + (subject == null ? "" : ", subject=" + subject) + "}";
  }
}
