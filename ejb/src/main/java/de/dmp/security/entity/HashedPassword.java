package de.dmp.security.entity;

/** A bcrypt hash as the JDBC realm's bcrypt mapper reads it: base64 hash and salt, and the cost. */
public record HashedPassword(String hash, String salt, int iterations) {}
