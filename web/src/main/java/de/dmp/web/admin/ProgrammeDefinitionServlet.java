package de.dmp.web.admin;

import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.boundary.UnknownProgrammeException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A programme definition version for download, {@code /admin/definitions/<code>/<version>.json}:
 * the JSON it was loaded from, byte for byte, to be kept, compared or edited into the next version.
 * Under {@code /admin/}, so only administrators reach it.
 */
@WebServlet(urlPatterns = "/admin/definitions/*")
public class ProgrammeDefinitionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([A-Z0-9_]+)/([0-9A-Za-z.-]{1,20})\\.json");

  @Inject private Programmes programmes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher asked = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!asked.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content;
    try {
      content = programmes.text(asked.group(1), asked.group(2)).getBytes(StandardCharsets.UTF_8);
    } catch (UnknownProgrammeException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + asked.group(1) + "-" + asked.group(2) + ".json\"");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
