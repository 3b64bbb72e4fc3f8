package de.dmp.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A page's ajax request after the session expired is answered by the server with the login page,
 * which the page's script cannot show (it showed raw XML, and the login then replayed the ajax
 * request). The request gets a redirect to the page it came from instead: the browser shows the
 * login, and after it the same page again, with what was kept (a documentation's draft), not the
 * ajax request replayed; the login page says why.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ExpiredSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute the login page shows its "session expired" message for. */
  public static final String EXPIRED = "dmpSessionExpired";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      chain.doFilter(request, response);
      return;
    }
    request.getSession().invalidate();
    request.getSession(true).setAttribute(EXPIRED, Boolean.TRUE);
    String page = backTo(request.getContextPath(), request.getHeader("Referer"));
    response.setContentType("text/xml;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + xmlEscaped(
                    request.getContextPath()
                        + "/start.xhtml?back="
                        + URLEncoder.encode(page, StandardCharsets.UTF_8))
                + "\"/></partial-response>");
  }

  /**
   * The page the request came from, as a path of this application (never another site); the start
   * page when the browser did not say or it was not ours.
   */
  static String backTo(String contextPath, String referer) {
    String start = contextPath + "/";
    if (referer == null) {
      return start;
    }
    try {
      URI page = new URI(referer);
      String path =
          page.getRawQuery() == null
              ? page.getRawPath()
              : page.getRawPath() + "?" + page.getRawQuery();
      return isOwnPage(contextPath, path) ? path : start;
    } catch (URISyntaxException unreadable) {
      return start;
    }
  }

  /** A path of a page of this application, with its query: never another site's address. */
  public static boolean isOwnPage(String contextPath, String path) {
    return path != null
        && path.startsWith(contextPath + "/")
        && !path.contains("..")
        && !path.contains("//")
        && path.chars().noneMatch(c -> c < ' ' || c == '\\');
  }

  private static String xmlEscaped(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
