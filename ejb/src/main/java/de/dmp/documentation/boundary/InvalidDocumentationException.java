package de.dmp.documentation.boundary;

import de.dmp.programme.entity.FieldError;
import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A documentation refused as a whole, with every failing field per programme. */
@ApplicationException(rollback = true)
public class InvalidDocumentationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<FieldError>> errorsByProgramme;

  public InvalidDocumentationException(Map<String, List<FieldError>> errorsByProgramme) {
    super(
        "The documentation was not saved: "
            + errorsByProgramme.entrySet().stream()
                .map(e -> e.getKey() + " – " + e.getValue())
                .collect(Collectors.joining("; ")));
    this.errorsByProgramme = Map.copyOf(errorsByProgramme);
  }

  public Map<String, List<FieldError>> getErrorsByProgramme() {
    return errorsByProgramme;
  }
}
