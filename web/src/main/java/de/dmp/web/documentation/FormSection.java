package de.dmp.web.documentation;

import de.dmp.programme.entity.Parameter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A heading of a programme's form and its fields, as the form and the record show them. */
public record FormSection(String title, List<Parameter> parameters) implements Serializable {

  /** The form's sections in the programme's order, each with its fields, titled for the reader. */
  public static List<FormSection> of(List<Parameter> parameters, Locale locale) {
    Map<String, List<Parameter>> sections = new LinkedHashMap<>();
    parameters.forEach(
        p -> sections.computeIfAbsent(p.section(locale), s -> new ArrayList<>()).add(p));
    return sections.entrySet().stream()
        .map(section -> new FormSection(section.getKey(), List.copyOf(section.getValue())))
        .toList();
  }
}
