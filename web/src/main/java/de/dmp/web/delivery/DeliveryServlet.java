package de.dmp.web.delivery;

import de.dmp.edmp.entity.Delivery;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The send list's download: {@code /edmp-delivery/<name>} answers the delivery the user built last
 * under its name (404 once it is confirmed or when another one was built since).
 */
@WebServlet(urlPatterns = "/edmp-delivery/*")
public class DeliveryServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private PreparedDelivery prepared;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String asked = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (!prepared.name().filter(asked::equals).isPresent()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content = prepared.content();
    response.setContentType(Delivery.CONTENT_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + asked + "\"");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
