package de.dmp.enrolment.entity;

/**
 * Why a practice ends an enrolment (Ausschreibung), as the record keeps it: in German, like the
 * other reasons of its history ("Wechsel nach DM1").
 */
public enum EndReason {
  DEATH("Tod"),
  INSURER_CHANGED("Kassenwechsel"),
  MOVED("Umzug oder Arztwechsel"),
  PATIENTS_WISH("Wunsch des Patienten"),
  OTHER("Sonstiger Grund");

  private final String recorded;

  EndReason(String recorded) {
    this.recorded = recorded;
  }

  /** The reason as the history records it, with the practice's note where there is one. */
  public String recorded(String note) {
    return note == null || note.isBlank() ? recorded : recorded + ": " + note.strip();
  }
}
