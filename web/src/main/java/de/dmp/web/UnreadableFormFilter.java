package de.dmp.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A form the server cannot read (more fields than WildFly takes, 1000, or a broken encoding) is the
 * sender's fault: 400 with a page that says so. Left to JSF it became a 500, and even the error
 * page failed, as it reads the same parameters again.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UnreadableFormFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOGGER = Logger.getLogger(UnreadableFormFilter.class.getName());

  static final String PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>DMP-Akte</title></head><body>"
          + "<p>Das Formular konnte nicht gelesen werden (zu viele oder fehlerhafte Felder)."
          + " Bitte laden Sie die Seite neu.</p>"
          + "<p>The form could not be read (too many or malformed fields). Please reload the"
          + " page.</p></body></html>";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      request.getParameterMap();
    } catch (RuntimeException unreadable) {
      LOGGER.warning(() -> "Unreadable form refused: " + unreadable.getMessage());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
