package de.dmp.rules.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A fact a verdict rests on: a documented value or event, with its date. */
public record Fact(String label, String value, LocalDate on) implements Serializable {}
