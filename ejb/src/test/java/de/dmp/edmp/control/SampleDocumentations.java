package de.dmp.edmp.control;

import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.Insurance;
import de.dmp.edmp.entity.Insured;
import de.dmp.edmp.entity.Provider;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Documentations made from a programme definition, with the official samples' test practice and
 * patient: every parameter of the document type filled in, with its first, its last or all its
 * values, so that each value of the definition reaches the writer.
 */
final class SampleDocumentations {

  static final Provider PROVIDER =
      new Provider(
          "278012389",
          "321232323",
          "Dr. med.",
          "Anette",
          "Müller",
          new Address("Ottostr.", "1", "50859", "Köln"),
          "(0221)4449-0");

  static final Insured PATIENT =
      new Insured(
          "123456",
          "Katarina",
          "Meier",
          new Address("Ottostr.", "4", "50859", "Köln"),
          "1950-12-12",
          "F",
          new Insurance(
              "AOK Rheinland",
              "104212505",
              "00",
              "38",
              "A120778335",
              "1",
              "00",
              "01",
              null,
              null,
              LocalDate.of(2026, 7, 12)));

  private SampleDocumentations() {}

  /**
   * As many documentations as the longest value list: the k-th takes the k-th value of every coded
   * parameter (counting round), the first takes all values of a multiple choice.
   */
  static List<EdmpDocument> of(ProgrammeDefinition definition, DocumentType type, LocalDate day) {
    int count = definition.parameters().stream().mapToInt(p -> p.values().size()).max().orElse(1);
    return IntStream.range(0, count).mapToObj(k -> document(definition, type, day, k)).toList();
  }

  private static EdmpDocument document(
      ProgrammeDefinition definition, DocumentType type, LocalDate day, int k) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter parameter : definition.parameters()) {
      if (parameter.appearsIn(type)) {
        values.put(parameter.code(), value(parameter, day, k));
      }
    }
    return new EdmpDocument("4711", definition.code(), type, day, PROVIDER, PATIENT, values);
  }

  private static String value(Parameter parameter, LocalDate day, int k) {
    List<String> values = parameter.values();
    return switch (parameter.type()) {
      case COUNT -> String.valueOf(k);
      case QUANTITY ->
          parameter
              .min()
              .add(parameter.max())
              .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
              .toPlainString();
      case DATE -> day.minusMonths(1).toString();
      case CODE -> values.get(k % values.size());
      case CODES ->
          k == 0 ? String.join(ParameterValue.SEPARATOR, values) : values.get(k % values.size());
    };
  }
}
