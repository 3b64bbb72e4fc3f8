package de.dmp.quality.entity;

import java.io.Serializable;

/** A patient in a quality target's denominator, and whether also in its numerator. */
public record QualityMember(
    long patientId, String familyName, String givenName, long enrolmentId, boolean inNumerator)
    implements Serializable {}
