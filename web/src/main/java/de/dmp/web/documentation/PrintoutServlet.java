package de.dmp.web.documentation;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.Printout;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * The record page's "Drucken (PDF)" link: {@code /printout/<documentation id>} answers the
 * documentation's printout, opened in the browser's PDF viewer; a draft is answered with the reason
 * in the user's language (409).
 */
@WebServlet(urlPatterns = "/printout/*")
public class PrintoutServlet extends DocumentationFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Documentations documentations;

  @Override
  FileAnswer file(long documentationId) {
    Printout printout = documentations.printout(documentationId);
    return new FileAnswer(Printout.CONTENT_TYPE, "inline", printout.fileName(), printout.content());
  }
}
