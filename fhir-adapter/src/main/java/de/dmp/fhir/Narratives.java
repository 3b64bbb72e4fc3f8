package de.dmp.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.narrative.CustomThymeleafNarrativeGenerator;
import ca.uhn.fhir.narrative.DefaultThymeleafNarrativeGenerator;

/**
 * The FHIR context of the REST answers: every resource the server returns gets a generated German
 * narrative (our templates, one per type), an OperationOutcome HAPI's own, when the parser writes
 * it. A context of its own, so that the bulk export, which writes with the shared one, stays as
 * fast as before (docs/fhir.md, "Narratives").
 */
public final class Narratives {

  static final String TEMPLATES = "classpath:de/dmp/fhir/narrative/narratives.properties";

  private Narratives() {}

  /** A new R4 context whose parsers write a narrative into each resource that has none. */
  public static FhirContext context() {
    FhirContext context = FhirContext.forR4();
    context.setNarrativeGenerator(
        new CustomThymeleafNarrativeGenerator(
            TEMPLATES, DefaultThymeleafNarrativeGenerator.NARRATIVES_PROPERTIES));
    return context;
  }
}
