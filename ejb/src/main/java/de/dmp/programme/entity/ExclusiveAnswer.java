package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * An answer of a multiple-choice field that excludes every other answer of it: "Keine" next to
 * "Diabetische Nephropathie" contradicts itself, as the paper form's plausibility notes say.
 */
public record ExclusiveAnswer(@NotBlank String parameter, @NotBlank String value)
    implements Serializable {

  /** Whether the documentation chose this answer together with another of the same field. */
  boolean isContradictedBy(Map<String, String> values) {
    String raw = values.get(parameter);
    if (ParameterValue.isBlank(raw)) {
      return false;
    }
    List<String> chosen = ParameterValue.codes(raw);
    return chosen.contains(value) && chosen.size() > 1;
  }
}
