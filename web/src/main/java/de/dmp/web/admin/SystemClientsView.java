package de.dmp.web.admin;

import de.dmp.platform.time.ClockProducer;
import de.dmp.security.boundary.AccountSummary;
import de.dmp.security.boundary.SystemClientSummary;
import de.dmp.security.boundary.SystemClients;
import de.dmp.security.boundary.Users;
import de.dmp.security.entity.Role;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Formats;
import de.dmp.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Administrators' page of system clients (SMART Backend Services): every client, a new one with the
 * account it acts for, its public keys and scopes, and disabling.
 */
@Named
@ViewScoped
public class SystemClientsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SystemClients clients;
  @Inject private Users users;
  @Inject private ContainerValidation validation;
  @Inject private Formats formats;

  private List<SystemClientSummary> all;
  private Map<String, String> accounts;
  private String clientId;
  private String account;
  private String jwks;
  private String jwksUrl;
  private String scopes = "system/*.read";

  @PostConstruct
  void load() {
    all = clients.all();
    accounts =
        users.all().stream()
            .filter(user -> user.role() != Role.ADMIN && !user.disabled())
            .collect(
                Collectors.toMap(
                    AccountSummary::username,
                    user ->
                        user.username()
                            + " ("
                            + Objects.requireNonNullElse(user.practiceName(), user.insurerName())
                            + ")",
                    (a, b) -> a,
                    LinkedHashMap::new));
  }

  public void register() {
    if (Attempts.attempt(
        () -> clients.register(clientId, account, jwks, jwksUrl, scopes),
        validation.interpolator())) {
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("admin.clients.registered", clientId));
      clientId = null;
      jwks = null;
      jwksUrl = null;
      load();
    }
  }

  public void disable(SystemClientSummary client) {
    clients.disable(client.clientId());
    Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("admin.clients.disabled", client.clientId()));
    load();
  }

  /** How the client proves who it is: its JWK Set's keys, and where and when it was fetched. */
  public String authentication(SystemClientSummary client) {
    String keys = String.join(", ", client.keyIds());
    return client.byUrl()
        ? Texts.text(
            "admin.clients.auth.url",
            client.jwksUrl(),
            formats.time(LocalDateTime.ofInstant(client.jwksFetchedAt(), ClockProducer.BERLIN)),
            keys)
        : Texts.text("admin.clients.auth.jwks", keys);
  }

  public List<SystemClientSummary> getAll() {
    return all;
  }

  public Map<String, String> getAccounts() {
    return accounts;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getJwks() {
    return jwks;
  }

  public void setJwks(String jwks) {
    this.jwks = jwks;
  }

  public String getJwksUrl() {
    return jwksUrl;
  }

  public void setJwksUrl(String jwksUrl) {
    this.jwksUrl = jwksUrl;
  }

  public String getScopes() {
    return scopes;
  }

  public void setScopes(String scopes) {
    this.scopes = scopes;
  }
}
