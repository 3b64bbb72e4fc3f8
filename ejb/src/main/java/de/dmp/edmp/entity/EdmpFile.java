package de.dmp.edmp.entity;

/** An eDMP file: its name as the interface prescribes it and its ISO-8859-15 bytes. */
public record EdmpFile(String name, byte[] content) {}
