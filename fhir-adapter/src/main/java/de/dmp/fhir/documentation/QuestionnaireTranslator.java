package de.dmp.fhir.documentation;

import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * A programme's initial (ED) or follow-up (FD) documentation as the form it is: one group per G-BA
 * section, one item per parameter with the G-BA field name as text and the LOINC code where one
 * exists. The programme's code lists become the items' answer options.
 */
public final class QuestionnaireTranslator {

  /** Canonical URL of a form: base, programme and document type; the version follows a "|". */
  public static final String URL_BASE = "urn:dmp-records:Questionnaire:";

  static final String LOINC = "http://loinc.org";

  private static final Map<ParameterType, QuestionnaireItemType> TYPE =
      Map.of(
          ParameterType.QUANTITY, QuestionnaireItemType.QUANTITY,
          ParameterType.COUNT, QuestionnaireItemType.INTEGER,
          ParameterType.CODE, QuestionnaireItemType.CHOICE,
          ParameterType.CODES, QuestionnaireItemType.CHOICE,
          ParameterType.DATE, QuestionnaireItemType.DATE);

  private QuestionnaireTranslator() {}

  /** The resource id of a form, e.g. {@code DM2-FD-2025-1}. */
  public static String id(ProgrammeDefinition programme, DocumentType type) {
    return programme.code() + "-" + type + "-" + programme.version();
  }

  /** The versioned canonical reference of a form, e.g. {@code urn:…:DM2-FD|2025-1}. */
  public static String canonical(ProgrammeDefinition programme, DocumentType type) {
    return url(programme, type) + "|" + programme.version();
  }

  private static String url(ProgrammeDefinition programme, DocumentType type) {
    return URL_BASE + programme.code() + "-" + type;
  }

  /** The code system of a programme parameter's code list. */
  static String answerSystem(ProgrammeDefinition programme, Parameter parameter) {
    return "urn:dmp-records:CodeSystem:" + programme.code() + ":" + parameter.code();
  }

  public static Questionnaire toFhirResource(ProgrammeDefinition programme, DocumentType type) {
    var form = new Questionnaire();
    form.setId(id(programme, type));
    form.setUrl(url(programme, type));
    form.setVersion(programme.version());
    form.setName(programme.code() + type);
    form.setTitle(
        programme.title()
            + (type == DocumentType.ED ? ": Erstdokumentation" : ": Folgedokumentation"));
    form.setStatus(PublicationStatus.ACTIVE);
    form.addSubjectType("Patient");
    form.getEffectivePeriod().setStartElement(new DateTimeType(programme.validFrom().toString()));
    Section.of(programme, type)
        .forEach(
            section -> {
              var group =
                  form.addItem()
                      .setLinkId(section.linkId())
                      .setText(section.title())
                      .setType(QuestionnaireItemType.GROUP);
              section.parameters().forEach(parameter -> group.addItem(item(programme, parameter)));
            });
    return form;
  }

  private static QuestionnaireItemComponent item(
      ProgrammeDefinition programme, Parameter parameter) {
    var item =
        new QuestionnaireItemComponent()
            .setLinkId(parameter.code())
            .setText(parameter.label())
            .setType(TYPE.get(parameter.type()))
            .setRequired(parameter.required())
            .setRepeats(parameter.type() == ParameterType.CODES);
    loinc(parameter).ifPresent(item::addCode);
    for (String value : parameter.values()) {
      item.addAnswerOption().setValue(new Coding(answerSystem(programme, parameter), value, value));
    }
    return item;
  }

  /** The LOINC coding of a parameter, where it has one. */
  static Optional<Coding> loinc(Parameter parameter) {
    return Optional.ofNullable(parameter.loinc())
        .map(code -> new Coding(LOINC, code, parameter.label()));
  }

  /** Every form of the programmes: ED and FD of each. */
  public static List<Questionnaire> all(List<ProgrammeDefinition> programmes) {
    return programmes.stream()
        .flatMap(
            programme ->
                Stream.of(DocumentType.values()).map(type -> toFhirResource(programme, type)))
        .toList();
  }
}
