package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.io.Serializable;
import java.util.List;

/** A parameter is required when another parameter has one of the given values. */
public record RequiredWhen(@NotBlank String parameter, @NotEmpty List<@NotBlank String> in)
    implements Serializable {

  /** Whether the condition holds for the other parameter's value as written. */
  public boolean holdsFor(String raw) {
    return !ParameterValue.isBlank(raw)
        && ParameterValue.codes(raw).stream().anyMatch(in::contains);
  }
}
