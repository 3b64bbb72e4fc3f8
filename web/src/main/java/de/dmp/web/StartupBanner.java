package de.dmp.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells whoever started the server where to point the browser and a FHIR client. */
@WebListener
public class StartupBanner implements ServletContextListener {

  private static final Logger LOGGER = Logger.getLogger(StartupBanner.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String base = "http://localhost:" + port + event.getServletContext().getContextPath();
    LOGGER.info(() -> "DMP records system: UI " + base + "/ , FHIR base " + base + "/fhir");
  }
}
