package de.dmp.edmp.boundary;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.entity.EdmpFile;

/** A stored documentation with its eDMP file. */
public record DocumentationFile(Documentation documentation, EdmpFile file) {}
