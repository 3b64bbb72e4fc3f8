package de.dmp.edmp.entity;

/** An {@code Ergebniswert}: a number as the interface writes it (decimal point) and its unit. */
public record Measurement(String value, String unit) {}
