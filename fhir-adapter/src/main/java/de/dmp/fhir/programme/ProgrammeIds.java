package de.dmp.fhir.programme;

import de.dmp.programme.entity.ProgrammeDefinition;

/** The id of a programme version's published rules: code and version, e.g. {@code DM2-2025-1}. */
final class ProgrammeIds {

  private ProgrammeIds() {}

  static String id(ProgrammeDefinition programme) {
    return programme.code() + "-" + programme.version();
  }
}
