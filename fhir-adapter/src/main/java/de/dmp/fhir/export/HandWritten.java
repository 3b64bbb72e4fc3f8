package de.dmp.fhir.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;

/**
 * The elements {@link ExportJson} writes by hand, per FHIR type. A resource carrying any other
 * element (a translator that sets a new one, an extension, an element id) goes through HAPI's
 * encoder instead, so the export never drops what a resource holds.
 */
final class HandWritten {

  private static final Set<String> CHOICE_TYPES = Set.of("Quantity", "CodeableConcept", "Coding");

  private static final Map<String, Set<String>> ELEMENTS =
      Map.ofEntries(
          Map.entry(
              "Observation",
              Set.of(
                  "id",
                  "meta",
                  "status",
                  "code",
                  "subject",
                  "encounter",
                  "effective[x]",
                  "issued",
                  "value[x]",
                  "derivedFrom")),
          Map.entry(
              "QuestionnaireResponse",
              Set.of(
                  "id",
                  "meta",
                  "questionnaire",
                  "status",
                  "subject",
                  "encounter",
                  "authored",
                  "author",
                  "item")),
          Map.entry("QuestionnaireResponse.item", Set.of("linkId", "text", "answer", "item")),
          Map.entry("QuestionnaireResponse.item.answer", Set.of("value[x]")),
          Map.entry(
              "Encounter",
              Set.of(
                  "id",
                  "meta",
                  "status",
                  "class",
                  "subject",
                  "episodeOfCare",
                  "participant",
                  "period",
                  "serviceProvider")),
          Map.entry("Encounter.participant", Set.of("individual")),
          Map.entry("Period", Set.of("start")),
          Map.entry("Meta", Set.of("versionId", "lastUpdated")),
          Map.entry("Quantity", Set.of("value", "unit")),
          Map.entry("CodeableConcept", Set.of("coding", "text")),
          Map.entry("Coding", Set.of("system", "code", "display")),
          Map.entry("Reference", Set.of("reference", "display")));

  /** A type's elements, split into those written by hand and the others, found once per class. */
  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private HandWritten() {}

  /** Whether every element the resource (or element) holds is one that is written by hand. */
  static boolean covers(Base element) {
    if (element.isPrimitive()) {
      return !(element instanceof Element primitive)
          || !(primitive.hasId() || primitive.hasExtension());
    }
    Set<String> written = ELEMENTS.get(element.fhirType());
    if (written == null || element instanceof Reference reference && !reference.hasReference()) {
      return false;
    }
    Shape shape = SHAPES.computeIfAbsent(element.getClass(), type -> Shape.of(element, written));
    for (Name other : shape.others()) {
      if (other.valuesOf(element).length > 0) {
        return false;
      }
    }
    for (Name name : shape.written()) {
      for (Base value : name.valuesOf(element)) {
        if (name.choice() && !value.isPrimitive() && !CHOICE_TYPES.contains(value.fhirType())
            || !covers(value)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * One element of a type, read through {@link Base#getProperty}: unlike {@link Base#children()} it
   * builds no property objects, which would slow the export down by a third.
   */
  private record Name(String name, int hash, boolean choice) {

    static Name of(Property property) {
      String name = property.getName().replace("[x]", "");
      return new Name(name, name.hashCode(), property.getName().endsWith("[x]"));
    }

    Base[] valuesOf(Base element) {
      return element.getProperty(hash, name, false);
    }
  }

  private record Shape(List<Name> written, List<Name> others) {

    static Shape of(Base element, Set<String> written) {
      Map<Boolean, List<Name>> split =
          element.children().stream()
              .collect(
                  Collectors.partitioningBy(
                      property -> written.contains(property.getName()),
                      Collectors.mapping(Name::of, Collectors.toList())));
      return new Shape(split.get(true), split.get(false));
    }
  }
}
