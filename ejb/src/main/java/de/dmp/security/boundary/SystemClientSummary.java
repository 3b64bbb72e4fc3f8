package de.dmp.security.boundary;

import com.nimbusds.jose.jwk.JWK;
import de.dmp.security.entity.SystemClient;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A system client as administrators list it, with how it proves who it is: the key ids of its
 * registered JWK Set, and for a set published at a URL that URL and when the set was last fetched
 * (jwksUrl and jwksFetchedAt are null for a set registered as such). It never has a password.
 */
public record SystemClientSummary(
    String clientId,
    String account,
    String scopes,
    Instant createdAt,
    boolean disabled,
    List<String> keyIds,
    String jwksUrl,
    Instant jwksFetchedAt)
    implements Serializable {

  static SystemClientSummary of(SystemClient client) {
    return new SystemClientSummary(
        client.getClientId(),
        client.getAccount().getUsername(),
        client.scopes().toString(),
        client.getCreatedAt(),
        client.getDisabledAt() != null,
        client.keys().getKeys().stream().map(JWK::getKeyID).toList(),
        client.getJwksUrl(),
        client.getJwksFetchedAt());
  }

  public boolean byUrl() {
    return jwksUrl != null;
  }
}
