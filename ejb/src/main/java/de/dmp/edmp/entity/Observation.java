package de.dmp.edmp.entity;

import java.util.ArrayList;
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

  /** This observation with the texts and measurements of another one of the same name. */
  public Observation joinedWith(Observation other) {
    List<String> joinedTexts = new ArrayList<>(texts);
    joinedTexts.addAll(other.texts);
    List<Measurement> joinedMeasurements = new ArrayList<>(measurements);
    joinedMeasurements.addAll(other.measurements);
    return new Observation(parameter, joinedTexts, joinedMeasurements, children);
  }

  public boolean isEmpty() {
    return texts.isEmpty() && measurements.isEmpty() && children.isEmpty();
  }
}
