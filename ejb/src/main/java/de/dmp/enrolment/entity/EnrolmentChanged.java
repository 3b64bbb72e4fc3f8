package de.dmp.enrolment.entity;

/**
 * Fired inside the transaction that changed what the rules read about an enrolment: its state,
 * interval, a documentation's values or a training's outcome.
 */
public record EnrolmentChanged(Enrolment enrolment) {}
