package de.dmp.edmp.entity;

/**
 * The documenting doctor at the practice: BSNR (Betriebsstättennummer), LANR (lebenslange
 * Arztnummer), name with academic title, the practice's address and phone.
 */
public record Provider(
    String bsnr,
    String lanr,
    String title,
    String givenName,
    String familyName,
    Address address,
    String phone) {}
