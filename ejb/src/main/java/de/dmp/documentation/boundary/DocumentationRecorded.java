package de.dmp.documentation.boundary;

import de.dmp.documentation.entity.Documentation;

/** Fired inside the saving transaction, so that follow-ups are planned with it or not at all. */
public record DocumentationRecorded(Documentation documentation) {}
