package de.dmp.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Durations of repeated calls, read as median and 95th percentile in milliseconds; safe to record
 * from several threads.
 */
final class Timings {

  private final String name;
  private final List<Double> millis = new ArrayList<>();

  Timings(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  /** Runs the work and records how long it took. */
  <T> T time(Supplier<T> work) {
    long started = System.nanoTime();
    T result = work.get();
    double took = (System.nanoTime() - started) / 1e6;
    synchronized (millis) {
      millis.add(took);
    }
    return result;
  }

  double median() {
    return percentile(50);
  }

  int calls() {
    synchronized (millis) {
      return millis.size();
    }
  }

  double percentile(int percent) {
    List<Double> sorted;
    synchronized (millis) {
      sorted = new ArrayList<>(millis);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  @Override
  public String toString() {
    return String.format(
        "| %s | %d | %.1f | %.1f | %.1f |",
        name, calls(), median(), percentile(95), percentile(100));
  }
}
