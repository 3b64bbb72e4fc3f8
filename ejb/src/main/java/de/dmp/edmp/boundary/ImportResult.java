package de.dmp.edmp.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What an import stored: patients created and matched (by KVNR), enrolments created and reused,
 * documentations stored, and the files skipped because the documentation was already there.
 */
public record ImportResult(
    int patientsCreated,
    int patientsMatched,
    int enrolmentsCreated,
    int enrolmentsReused,
    int documentations,
    List<String> skipped)
    implements Serializable {

  public ImportResult {
    skipped = List.copyOf(skipped);
  }
}
