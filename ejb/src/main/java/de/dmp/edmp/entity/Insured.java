package de.dmp.edmp.entity;

import java.time.LocalDate;

/**
 * The patient as the header names them: DMP case number, name, address, birth date, sex as HL7
 * AdministrativeGender ({@code M}, {@code F}, {@code UN}, {@code X}) and the insurance.
 */
public record Insured(
    String caseNumber,
    String givenName,
    String familyName,
    Address address,
    LocalDate birthDate,
    String sex,
    Insurance insurance) {}
