package de.dmp.edmp.entity;

/** A postal address as the header's {@code addr} element has it; only the city is required. */
public record Address(String street, String houseNumber, String zip, String city) {}
