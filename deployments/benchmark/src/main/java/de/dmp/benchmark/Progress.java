package de.dmp.benchmark;

import java.io.PrintStream;

/** A progress bar on the console, redrawn at each whole percent. */
final class Progress {

  private static final int WIDTH = 40;

  private final PrintStream out;
  private final String unit;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private int shownPercent = -1;

  Progress(PrintStream out, String unit, long total) {
    this.out = out;
    this.unit = unit;
    this.total = total;
  }

  void step(long rowsWritten) {
    done++;
    int percent = (int) (done * 100 / total);
    if (percent != shownPercent) {
      shownPercent = percent;
      double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
      int filled = percent * WIDTH / 100;
      out.printf(
          "\r[%s%s] %3d%% %,d/%,d %s, %,.0f rows/s",
          "#".repeat(filled),
          " ".repeat(WIDTH - filled),
          percent,
          done,
          total,
          unit,
          rowsWritten / seconds);
      if (done == total) {
        out.println();
      }
      out.flush();
    }
  }
}
