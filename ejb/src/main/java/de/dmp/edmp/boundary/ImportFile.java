package de.dmp.edmp.boundary;

/** One uploaded file to import: an eDMP file or a zip archive of them, with its name. */
public record ImportFile(String name, byte[] content) {}
