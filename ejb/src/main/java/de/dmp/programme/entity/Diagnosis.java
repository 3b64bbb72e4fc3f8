package de.dmp.programme.entity;

import jakarta.validation.constraints.NotBlank;

/** An ICD-10-GM code (or code prefix, e.g. "E11") that confirms the programme's diagnosis. */
public record Diagnosis(@NotBlank String code, @NotBlank String display) {

  public boolean confirms(String icd10Code) {
    return icd10Code != null && icd10Code.strip().toUpperCase().startsWith(code);
  }
}
