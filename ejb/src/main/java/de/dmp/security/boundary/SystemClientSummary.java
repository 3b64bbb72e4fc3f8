package de.dmp.security.boundary;

import de.dmp.security.entity.SystemClient;
import java.io.Serializable;
import java.time.Instant;

/** A system client as administrators list it. */
public record SystemClientSummary(
    String clientId, String account, String scopes, Instant createdAt, boolean disabled)
    implements Serializable {

  static SystemClientSummary of(SystemClient client) {
    return new SystemClientSummary(
        client.getClientId(),
        client.getAccount().getUsername(),
        client.scopes().toString(),
        client.getCreatedAt(),
        client.getDisabledAt() != null);
  }
}
