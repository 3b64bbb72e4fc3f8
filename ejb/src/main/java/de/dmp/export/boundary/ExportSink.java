package de.dmp.export.boundary;

import java.util.Map;

/**
 * Where an export's pages go: the FHIR adapter writes them as NDJSON files. Called inside each
 * page's transaction, so it may read what the entities reach.
 */
public interface ExportSink {

  void write(RecordPage page);

  /** Resources written so far, by type. */
  Map<String, Long> counts();

  /** Removes what was written, after a cancellation or a failure. */
  void discard();
}
