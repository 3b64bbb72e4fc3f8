package de.dmp.web;

import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The insurers to choose from in a form, by name with their IK, loaded once per request. */
@Named("insurers")
@RequestScoped
public class InsurerChoices {

  @Inject private Practices practices;

  private Map<Long, String> names;

  /** Insurer id to "name (IK)", in the order of the names. */
  public Map<Long, String> getNames() {
    if (names == null) {
      names =
          practices.insurers().stream()
              .collect(
                  Collectors.toMap(
                      Insurer::getId, InsurerChoices::label, (a, b) -> a, LinkedHashMap::new));
    }
    return names;
  }

  private static String label(Insurer insurer) {
    return insurer.getName() + " (" + insurer.getInstitutionCode() + ")";
  }
}
