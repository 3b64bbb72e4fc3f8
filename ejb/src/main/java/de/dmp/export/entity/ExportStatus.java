package de.dmp.export.entity;

/** Where a bulk export stands. */
public enum ExportStatus {
  /** Accepted, not yet started or still writing. */
  RUNNING,
  /** Every file is written; the manifest lists them. */
  COMPLETE,
  /** Stopped by an error; its files are gone. */
  FAILED,
  /** Cancelled by its owner; its files are gone. */
  CANCELLED;

  public boolean isFinished() {
    return this != RUNNING;
  }
}
