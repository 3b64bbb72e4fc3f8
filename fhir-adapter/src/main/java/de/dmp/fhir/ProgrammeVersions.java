package de.dmp.fhir;

import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;

/** The programme definition a record was made under, which its translation needs. */
public final class ProgrammeVersions {

  private ProgrammeVersions() {}

  public static ProgrammeDefinition of(Programmes programmes, Enrolment enrolment) {
    return programmes.version(enrolment.getProgrammeCode(), enrolment.getProgrammeVersion());
  }

  /** A documentation's own version, which a correction may have moved on from the enrolment's. */
  public static ProgrammeDefinition of(Programmes programmes, Documentation documentation) {
    return programmes.version(
        documentation.getEnrolment().getProgrammeCode(), documentation.getProgrammeVersion());
  }
}
