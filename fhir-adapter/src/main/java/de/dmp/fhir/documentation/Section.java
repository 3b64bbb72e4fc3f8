package de.dmp.fhir.documentation;

import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The G-BA sections of a documentation, in the order of the definition: the groups of the
 * Questionnaire, mirrored by every QuestionnaireResponse as FHIR requires.
 */
record Section(String linkId, String title, List<Parameter> parameters) {

  static List<Section> of(ProgrammeDefinition programme, DocumentType type) {
    Map<String, List<Parameter>> byTitle = new LinkedHashMap<>();
    for (Parameter parameter : programme.parameters()) {
      if (parameter.appearsIn(type)) {
        byTitle.computeIfAbsent(parameter.section(), title -> new ArrayList<>()).add(parameter);
      }
    }
    List<Section> sections = new ArrayList<>();
    byTitle.forEach(
        (title, parameters) ->
            sections.add(new Section("section-" + (sections.size() + 1), title, parameters)));
    return sections;
  }
}
