package de.dmp.rules.boundary;

import java.io.Serializable;
import java.util.List;

/** A page of the worklist and how many entries there are in all. */
public record WorklistPage(List<WorklistEntry> entries, long total) implements Serializable {}
