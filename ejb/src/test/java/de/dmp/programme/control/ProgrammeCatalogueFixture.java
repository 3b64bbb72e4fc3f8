package de.dmp.programme.control;

import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;

/** The shipped programme definitions, loaded once for the unit tests. */
public final class ProgrammeCatalogueFixture {

  private static final ProgrammeCatalogue CATALOGUE =
      ProgrammeCatalogue.load(ProgrammeCatalogueFixture.class.getClassLoader());

  private ProgrammeCatalogueFixture() {}

  public static ProgrammeDefinition current(String code) {
    return CATALOGUE.current(code, LocalDate.of(2026, 11, 23)).orElseThrow();
  }
}
