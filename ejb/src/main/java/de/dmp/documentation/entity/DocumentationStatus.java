package de.dmp.documentation.entity;

/** Where a documentation stands on its way to the data office (Datenstelle). */
public enum DocumentationStatus {
  /** Saved unchecked, to be completed; counts for nothing yet. */
  DRAFT,
  /** Checked against the programme definition and complete. */
  COMPLETE,
  /** Delivered to the data office; a correction makes it COMPLETE again, to be sent anew. */
  SENT
}
