package de.dmp.web;

import de.dmp.security.boundary.Account;
import de.dmp.security.boundary.Accounts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The logged-in user's account and chosen language for the whole session. German by default, since
 * the programmes, their forms and their users are German.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The UI's languages, the default first. */
  static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

  @Inject private Accounts accounts;

  private Account account;
  private Locale locale = LANGUAGES.get(0);

  public Account getAccount() {
    if (account == null) {
      account = accounts.current();
    }
    return account;
  }

  public Locale getLocale() {
    return locale;
  }

  public List<Locale> getLanguages() {
    return LANGUAGES;
  }

  /** Switches the language and shows the same page again in it. */
  public void use(String language) {
    locale =
        LANGUAGES.stream()
            .filter(candidate -> candidate.getLanguage().equals(language))
            .findFirst()
            .orElse(locale);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  /**
   * Where each role starts its day: the doctor with the worklist, the staff with the recall list,
   * administrators with the accounts; or back to the page a login interrupted ({@code back}).
   */
  public String startPage() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String back = context.getRequestParameterMap().get("back");
    if (ExpiredSessionFilter.isOwnPage(context.getRequestContextPath(), back)) {
      context.redirect(back);
      return null;
    }
    Account current = getAccount();
    String page =
        current.isDoctor()
            ? "/worklist"
            : current.isAdministrator() ? "/admin/accounts" : "/recall";
    return page + "?faces-redirect=true";
  }

  public String logout() throws ServletException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) context.getRequest()).logout();
    context.invalidateSession();
    return "/login?faces-redirect=true";
  }
}
