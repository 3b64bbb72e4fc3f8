package de.dmp.web.documentation;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.Printout;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.RefusedException;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.web.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The record page's "Drucken (PDF)" link: {@code /printout/<documentation id>} answers the
 * documentation's printout, opened in the browser's PDF viewer; a draft is answered with the reason
 * in the user's language (409).
 */
@WebServlet(urlPatterns = "/printout/*")
public class PrintoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Documentations documentations;
  @Inject private UserSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      Printout printout = documentations.printout(Long.parseLong(path.substring(1)));
      response.setContentType(Printout.CONTENT_TYPE);
      response.setHeader("Content-Disposition", "inline; filename=\"" + printout.fileName() + "\"");
      response.setContentLength(printout.content().length);
      response.getOutputStream().write(printout.content());
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (RefusedException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      response.setContentType("text/plain; charset=UTF-8");
      response
          .getOutputStream()
          .write(e.message(session.getLocale()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
