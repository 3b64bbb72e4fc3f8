package de.dmp.edmp.entity;

/**
 * The patient as the header names them: DMP case number, name, address, birth date as the interface
 * writes it ({@code YYYY-MM-DD}, {@code 00} for an unknown month or day), sex as HL7
 * AdministrativeGender ({@code M}, {@code F}, {@code UN}, {@code X}) and the insurance.
 */
public record Insured(
    String caseNumber,
    String givenName,
    String familyName,
    Address address,
    String birthDate,
    String sex,
    Insurance insurance) {}
