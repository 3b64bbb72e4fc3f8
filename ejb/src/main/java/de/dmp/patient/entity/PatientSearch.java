package de.dmp.patient.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user looks for to find a patient, as typed into one search field: words that each start a
 * word of the patient's name (family or given, in any order), a date of birth (TT.MM.JJJJ) and a
 * KVNR, in any combination; or, for FHIR's {@code family}, the start of the family name.
 */
public final class PatientSearch {

  private static final DateTimeFormatter GERMAN_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
  private static final Pattern INSURANCE_NUMBER = Pattern.compile("[A-Za-z]\\d{9}");
  private static final String ORDER = " order by p.familyName, p.givenName, p.id";

  private final String familyPrefix;
  private final List<String> nameWords;
  private final LocalDate birthDate;
  private final String insuranceNumber;
  private final boolean impossible;

  private PatientSearch(
      String familyPrefix,
      List<String> nameWords,
      LocalDate birthDate,
      String insuranceNumber,
      boolean impossible) {
    this.familyPrefix = familyPrefix;
    this.nameWords = List.copyOf(nameWords);
    this.birthDate = birthDate;
    this.insuranceNumber = insuranceNumber;
    this.impossible = impossible;
  }

  /** Patients whose family name starts with the prefix, ignoring case; all for "". */
  public static PatientSearch familyStartingWith(String prefix) {
    String stripped = prefix.strip();
    return new PatientSearch(stripped.isEmpty() ? null : stripped, List.of(), null, null, false);
  }

  /**
   * What the user typed: "Müller", "anna müll", "Müller, Anna", "12.03.1950", "A123456780", or
   * several of them; a date that is none (31.02.1950) finds nobody.
   */
  public static PatientSearch typed(String text) {
    List<String> words = new ArrayList<>();
    LocalDate birthDate = null;
    String insuranceNumber = null;
    boolean impossible = false;
    for (String token : text.strip().split("[\\s,;]+")) {
      if (DATE.matcher(token).matches()) {
        LocalDate date = date(token);
        impossible |= date == null || birthDate != null && !birthDate.equals(date);
        birthDate = date;
      } else if (INSURANCE_NUMBER.matcher(token).matches()) {
        insuranceNumber = token.toUpperCase(Locale.ROOT);
      } else if (!token.isEmpty()) {
        words.add(token);
      }
    }
    return new PatientSearch(null, words, birthDate, insuranceNumber, impossible);
  }

  private static LocalDate date(String token) {
    try {
      return LocalDate.parse(token, GERMAN_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The matching patients a practice, or an insurer, reaches ({@code :scopeId}), by name. */
  public TypedQuery<Patient> find(EntityManager em, boolean practice, long scopeId) {
    return bound(
        em.createQuery("select p from Patient p where " + where(practice) + ORDER, Patient.class),
        scopeId);
  }

  /** How many patients {@link #find} finds. */
  public TypedQuery<Long> count(EntityManager em, boolean practice, long scopeId) {
    return bound(
        em.createQuery("select count(p) from Patient p where " + where(practice), Long.class),
        scopeId);
  }

  private String where(boolean practice) {
    var where = new StringBuilder(practice ? Patient.IN_PRACTICE : Patient.OF_INSURER_WITH_CONSENT);
    if (impossible) {
      where.append(" and 1 = 0");
    }
    if (familyPrefix != null) {
      where.append(" and lower(p.familyName) like :family escape '!'");
    }
    for (int i = 0; i < nameWords.size(); i++) {
      where
          .append(" and lower(concat(' ', p.familyName, ' ', p.givenName)) like :word")
          .append(i)
          .append(" escape '!'");
    }
    if (birthDate != null) {
      where.append(" and p.birthDate = :birthDate");
    }
    if (insuranceNumber != null) {
      where.append(" and p.insuranceNumber = :number");
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bound(TypedQuery<T> query, long scopeId) {
    query.setParameter("scopeId", scopeId);
    if (familyPrefix != null) {
      query.setParameter("family", literal(familyPrefix) + "%");
    }
    for (int i = 0; i < nameWords.size(); i++) {
      query.setParameter("word" + i, "% " + literal(nameWords.get(i)) + "%");
    }
    if (birthDate != null) {
      query.setParameter("birthDate", birthDate);
    }
    if (insuranceNumber != null) {
      query.setParameter("number", insuranceNumber);
    }
    return query;
  }

  /** Lower case, with LIKE's wildcards taken literally. */
  private static String literal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1");
  }

  /** For the audit trail: what kinds of terms, never the terms themselves (they name a person). */
  public String describe() {
    var kinds = new ArrayList<String>();
    if (familyPrefix != null) {
      kinds.add("family prefix of " + familyPrefix.length() + " characters");
    }
    if (!nameWords.isEmpty()) {
      kinds.add(nameWords.size() + " name words");
    }
    if (birthDate != null) {
      kinds.add("birth date");
    }
    if (insuranceNumber != null) {
      kinds.add("insurance number");
    }
    return kinds.isEmpty() ? "all patients" : String.join(", ", kinds);
  }
}
