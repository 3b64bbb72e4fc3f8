package de.dmp.web.documentation;

import de.dmp.edmp.boundary.EdmpFiles;
import de.dmp.edmp.entity.EdmpFile;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.platform.boundary.NotFoundException;
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
 * The chart's "eDMP-Datei" link: {@code /edmp-file/<documentation id>} answers the documentation's
 * eDMP file as a download under the name the interface prescribes; a file that cannot be made is
 * answered with the reason in the user's language (409).
 */
@WebServlet(urlPatterns = "/edmp-file/*")
public class EdmpFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private EdmpFiles files;
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
      send(files.file(Long.parseLong(path.substring(1))).file(), response);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (EdmpRefusedException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      response.setContentType("text/plain; charset=UTF-8");
      response
          .getOutputStream()
          .write(e.message(session.getLocale()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(EdmpFile file, HttpServletResponse response) throws IOException {
    response.setContentType(EdmpFile.CONTENT_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
