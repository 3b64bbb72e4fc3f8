package de.dmp.edmp.entity;

import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of KBV's eDMP interface for one programme, as data ({@code
 * edmp/<programme>/<version>.json}): in force from {@code validFrom}, its archive code and the path
 * inside the delivery archive (KBV "Austausch von XML-Daten", Tabellen 5 and 7), its document
 * types, the names of its schema and KBV test module (XPM) for the software block, its sections in
 * order and where each of our parameters goes. Parameters the interface does not carry are listed
 * in {@code notSent} with the reason.
 */
public record InterfaceVersion(
    @NotBlank String programme,
    @NotBlank String version,
    @NotNull LocalDate validFrom,
    @NotBlank String archiveCode,
    @NotBlank String archivePath,
    @NotBlank String schemaName,
    @NotBlank String testModuleName,
    @NotNull @Valid DocumentKind initial,
    @NotNull @Valid DocumentKind followUp,
    @NotEmpty List<@NotBlank String> sections,
    @NotEmpty List<@Valid InterfaceField> fields,
    Map<String, String> notSent) {

  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  public InterfaceVersion {
    notSent = notSent == null ? Map.of() : Map.copyOf(notSent);
  }

  public DocumentKind kind(DocumentType type) {
    return type == DocumentType.ED ? initial : followUp;
  }

  /** The document type a {@code document_type_cd} code names, if it is one of this version's. */
  public Optional<DocumentType> typeOf(String code) {
    if (initial.code().equals(code)) {
      return Optional.of(DocumentType.ED);
    }
    return followUp.code().equals(code) ? Optional.of(DocumentType.FD) : Optional.empty();
  }

  /** {@code <BSNR>_<DMP case number>_<YYYYMMDD>.<extension>}, as the interface prescribes. */
  public String fileName(EdmpDocument document) {
    return document.provider().bsnr()
        + "_"
        + document.patient().caseNumber()
        + "_"
        + FILE_DATE.format(document.documentedOn())
        + "."
        + kind(document.type()).extension();
  }

  /**
   * The body of a documentation: its values under the interface's names, in the interface's order;
   * blank values and sections without observations are left out ("not documented").
   */
  public List<Paragraph> paragraphs(Map<String, String> values) {
    Map<String, List<Observation>> bySection = new LinkedHashMap<>();
    sections.forEach(section -> bySection.put(section, new ArrayList<>()));
    Map<String, List<Observation>> byParent = new LinkedHashMap<>();
    for (InterfaceField field : fields) {
      String raw = values.get(field.parameter());
      if (ParameterValue.isBlank(raw) && field.implied() == null) {
        continue;
      }
      Optional<Observation> observed = field.observe(raw == null ? "" : raw);
      if (observed.isPresent()) {
        List<Observation> target =
            field.parent() == null
                ? bySection.get(field.section())
                : byParent.computeIfAbsent(field.parent(), parent -> new ArrayList<>());
        merge(target, observed.get());
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    bySection.forEach(
        (section, observations) -> {
          List<Observation> withChildren = new ArrayList<>(observations);
          fields.stream()
              .filter(f -> f.section().equals(section) && byParent.containsKey(f.parent()))
              .map(InterfaceField::parent)
              .distinct()
              .forEach(
                  parent ->
                      withChildren.add(
                          new Observation(parent, List.of(), List.of(), byParent.remove(parent))));
          if (!withChildren.isEmpty()) {
            paragraphs.add(new Paragraph(section, withChildren));
          }
        });
    return paragraphs;
  }

  /** Two fields with one G-BA name (e.g. HbA1c in % or mmol/mol) make one observation. */
  private static void merge(List<Observation> observations, Observation added) {
    for (int i = 0; i < observations.size(); i++) {
      if (observations.get(i).parameter().equals(added.parameter())) {
        observations.set(i, observations.get(i).joinedWith(added));
        return;
      }
    }
    observations.add(added);
  }

  /** The fields written under a G-BA name, at the top level or under a parent observation. */
  private List<InterfaceField> fieldsNamed(String section, String parent, String name) {
    return fields.stream()
        .filter(f -> f.section().equals(section) && f.name().equals(name))
        .filter(f -> parent == null ? f.parent() == null : parent.equals(f.parent()))
        .toList();
  }

  /**
   * Our values from the paragraphs of a file of this version.
   *
   * @throws UnreadableEdmpException naming the observation that has no place in the definition
   */
  public Map<String, String> values(List<Paragraph> paragraphs, ProgrammeDefinition definition) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Paragraph paragraph : paragraphs) {
      if (!sections.contains(paragraph.caption())) {
        throw unreadable("paragraph '" + paragraph.caption() + "'", "notASection", this);
      }
      for (Observation observation : paragraph.observations()) {
        read(paragraph.caption(), null, observation, definition, values);
      }
    }
    Map<String, String> joined = new LinkedHashMap<>();
    values.forEach((code, list) -> joined.put(code, String.join(ParameterValue.SEPARATOR, list)));
    return joined;
  }

  private void read(
      String section,
      String parent,
      Observation observation,
      ProgrammeDefinition definition,
      Map<String, List<String>> values) {
    String element = "paragraph '" + section + "', Beobachtung '" + observation.parameter() + "'";
    List<InterfaceField> candidates = fieldsNamed(section, parent, observation.parameter());
    if (candidates.isEmpty() && observation.children().isEmpty()) {
      throw unreadable(element, "notAParameter", this);
    }
    if (observation.isEmpty()) {
      throw unreadable(element, "noValue");
    }
    for (Measurement measurement : observation.measurements()) {
      Map.Entry<String, String> value =
          candidates.stream()
              .flatMap(
                  field ->
                      field.valueOf(measurement).map(v -> Map.entry(field.parameter(), v)).stream())
              .findFirst()
              .orElseThrow(
                  () ->
                      unreadable(
                          element + ", Ergebniswert '" + measurement.value() + "'",
                          "notInUnit",
                          measurement.unit()));
      add(values, value);
    }
    for (String text : observation.texts()) {
      Map.Entry<String, String> value =
          candidates.stream()
              .flatMap(
                  field ->
                      field
                          .valueOf(text, definition.parameter(field.parameter()).orElseThrow())
                          .map(v -> Map.entry(field.parameter(), v))
                          .stream())
              .findFirst()
              .orElseThrow(
                  () -> unreadable(element + ", Ergebnistext '" + text + "'", "notAValue"));
      boolean singleChoice =
          definition.parameter(value.getKey()).orElseThrow().type() == ParameterType.CODE;
      if (singleChoice && values.containsKey(value.getKey())) {
        throw unreadable(element + ", Ergebnistext '" + text + "'", "secondValue");
      }
      add(values, value);
    }
    for (Observation child : observation.children()) {
      read(section, observation.parameter(), child, definition, values);
    }
  }

  private static void add(Map<String, List<String>> values, Map.Entry<String, String> value) {
    values.computeIfAbsent(value.getKey(), code -> new ArrayList<>()).add(value.getValue());
  }

  private static UnreadableEdmpException unreadable(
      String element, String reason, Object... arguments) {
    return new UnreadableEdmpException("", element, reason, arguments);
  }

  @Override
  public String toString() {
    return programme + " " + version;
  }

  /**
   * What does not fit the programme definition, each as "field: problem": fields for unknown
   * parameters or with wrong units or spellings, and parameters neither sent nor listed in {@code
   * notSent}.
   */
  public List<String> inconsistencies(ProgrammeDefinition definition) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      InterfaceField field = fields.get(i);
      String name = "fields[" + i + "]";
      if (!sections.contains(field.section())) {
        problems.add(name + ".section: '" + field.section() + "' is not one of " + sections);
      }
      Optional<Parameter> target = definition.parameter(field.parameter());
      if (target.isEmpty()) {
        problems.add(name + ".parameter: '" + field.parameter() + "' is not a parameter");
      } else {
        problems.addAll(field.problemsWith(target.get(), name));
      }
    }
    for (Parameter parameter : definition.parameters()) {
      boolean sent = fields.stream().anyMatch(f -> f.parameter().equals(parameter.code()));
      if (sent == notSent.containsKey(parameter.code())) {
        problems.add(
            "notSent: '"
                + parameter.code()
                + (sent ? "' is sent and listed as not sent" : "' is neither sent nor listed"));
      }
    }
    return problems;
  }
}
