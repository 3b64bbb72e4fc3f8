package de.dmp.edmp.entity;

import java.util.List;

/** One section of the body, e.g. "Medikamente", with its observations in the order written. */
public record Paragraph(String caption, List<Observation> observations) {

  public Paragraph {
    observations = List.copyOf(observations);
  }
}
