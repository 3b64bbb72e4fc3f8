package de.dmp.edmp.entity;

/**
 * An eDMP file: its name as the interface prescribes it, the document type it is (e.g. {@code
 * EDMP_DIABETES2_EE}) and its ISO-8859-15 bytes.
 */
public record EdmpFile(String name, DocumentKind kind, byte[] content) {

  /** The media type of every eDMP file. */
  public static final String CONTENT_TYPE = "application/xml; charset=ISO-8859-15";
}
