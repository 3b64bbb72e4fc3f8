package de.dmp.web.documentation;

import de.dmp.edmp.boundary.EdmpFiles;
import de.dmp.edmp.entity.EdmpFile;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * The chart's "eDMP-Datei" link: {@code /edmp-file/<documentation id>} answers the documentation's
 * eDMP file as a download under the name the interface prescribes; a file that cannot be made is
 * answered with the reason in the user's language (409).
 */
@WebServlet(urlPatterns = "/edmp-file/*")
public class EdmpFileServlet extends DocumentationFileServlet {

  private static final long serialVersionUID = 1L;

  @Inject private EdmpFiles files;

  @Override
  FileAnswer file(long documentationId) {
    EdmpFile file = files.file(documentationId).file();
    return new FileAnswer(EdmpFile.CONTENT_TYPE, "attachment", file.name(), file.content());
  }
}
