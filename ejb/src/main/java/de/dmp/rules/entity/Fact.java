package de.dmp.rules.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A fact a verdict rests on: a documented value or event, with its date. The label is a key of
 * {@code Verdicts*.properties} (the programme's own label as its argument), so that each reader
 * gets it in their language; the value is as documented.
 */
public record Fact(Wording label, String value, LocalDate on) implements Serializable {}
