package de.dmp.web.admin;

import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Practice;
import de.dmp.security.boundary.AccountSummary;
import de.dmp.security.boundary.Users;
import de.dmp.security.entity.Role;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Administrators' accounts page: every account, a new one, disabling, a new password. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Users users;
  @Inject private Practices practices;
  @Inject private ContainerValidation validation;

  private List<AccountSummary> accounts;
  private Map<Long, String> practiceNames;
  private String username;
  private String password;
  private Role role = Role.DOCTOR;
  private Long practiceId;
  private Long insurerId;
  private AccountSummary changing;
  private String newPassword;

  @PostConstruct
  void load() {
    accounts = users.all();
    practiceNames =
        practices.all().stream()
            .collect(
                Collectors.toMap(
                    Practice::getId,
                    p -> p.getName() + " (" + p.getBsnr() + ")",
                    (a, b) -> a,
                    LinkedHashMap::new));
  }

  public void create() {
    Long practice = role.needsPractice() ? practiceId : null;
    Long insurer = role.needsInsurer() ? insurerId : null;
    if (attempt(() -> users.create(username, password, role, practice, insurer))) {
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("admin.accounts.created", username));
      username = null;
      password = null;
      load();
    }
  }

  public void disable(AccountSummary account) {
    if (attempt(() -> users.disable(account.id()))) {
      Texts.show(
          FacesMessage.SEVERITY_INFO, Texts.text("admin.accounts.disabled", account.username()));
      load();
    }
  }

  public void startPasswordChange(AccountSummary account) {
    changing = account;
    newPassword = null;
  }

  public void changePassword() {
    if (attempt(() -> users.setPassword(changing.id(), newPassword))) {
      Texts.show(
          FacesMessage.SEVERITY_INFO, Texts.text("admin.accounts.password", changing.username()));
    }
  }

  private boolean attempt(Runnable change) {
    return Attempts.attempt(change, validation.interpolator());
  }

  public List<AccountSummary> getAccounts() {
    return accounts;
  }

  public Map<Long, String> getPracticeNames() {
    return practiceNames;
  }

  public Role[] getRoles() {
    return new Role[] {Role.DOCTOR, Role.STAFF, Role.INSURER, Role.ADMIN};
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(Long practiceId) {
    this.practiceId = practiceId;
  }

  public Long getInsurerId() {
    return insurerId;
  }

  public void setInsurerId(Long insurerId) {
    this.insurerId = insurerId;
  }

  public AccountSummary getChanging() {
    return changing;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
