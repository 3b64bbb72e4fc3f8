package de.dmp.edmp.entity;

import java.util.List;

/**
 * One {@code sciphox:Beobachtung}: the parameter under its G-BA name, its texts ({@code
 * Ergebnistext}), its measurements ({@code Ergebniswert}) and nested observations, e.g. the
 * trainings attended, each with its own answer.
 */
public record Observation(
    String parameter,
    List<String> texts,
    List<Measurement> measurements,
    List<Observation> children) {

  public Observation {
    texts = List.copyOf(texts);
    measurements = List.copyOf(measurements);
    children = List.copyOf(children);
  }

  public boolean isEmpty() {
    return texts.isEmpty() && measurements.isEmpty() && children.isEmpty();
  }
}
