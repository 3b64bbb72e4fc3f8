package de.dmp.web.documentation;

import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.RefusedException;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.web.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A file made of one documentation, asked for as {@code <servlet path>/<documentation id>}: 404 for
 * an unknown one, 403 for another practice's, 409 with the reason in the user's language when the
 * file cannot be made.
 */
abstract class DocumentationFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The file: its type, how the browser shows it (inline or attachment), its name and bytes. */
  record FileAnswer(String contentType, String disposition, String name, byte[] content) {}

  @Inject private UserSession session;

  /** The documentation's file, as the caller may have it. */
  abstract FileAnswer file(long documentationId);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      send(file(Long.parseLong(path.substring(1))), response);
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

  private static void send(FileAnswer file, HttpServletResponse response) throws IOException {
    response.setContentType(file.contentType());
    response.setHeader(
        "Content-Disposition", file.disposition() + "; filename=\"" + file.name() + "\"");
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
