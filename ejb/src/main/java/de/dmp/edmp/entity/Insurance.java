package de.dmp.edmp.entity;

import java.time.LocalDate;

/**
 * The statutory insurance block of the header (KBV Anforderungskatalog, tables 9/10): insurer and
 * its IK ({@code Kostentraegerkennung}), billing area, WOP, KVNR, insured type (1 member, 3 family,
 * 5 pensioner), special person group, the DMP marker, cover and the day the card was read.
 */
public record Insurance(
    String insurerName,
    String ik,
    String billingArea,
    String wop,
    String kvnr,
    String insuredType,
    String specialGroup,
    String dmpMarker,
    LocalDate coverFrom,
    LocalDate coverUntil,
    LocalDate cardReadOn) {}
