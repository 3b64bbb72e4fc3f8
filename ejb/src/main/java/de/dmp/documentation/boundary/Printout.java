package de.dmp.documentation.boundary;

/** The printout of a documentation: its file name and the PDF. */
public record Printout(String fileName, byte[] content) {

  public static final String CONTENT_TYPE = "application/pdf";
}
