package de.dmp.edmp.entity;

import de.dmp.programme.entity.DocumentType;
import java.time.LocalDate;
import java.util.Map;

/**
 * One documentation as an eDMP file carries it: the document number, the programme, initial or
 * follow-up, the day, doctor and patient, and the values by our parameter codes (several codes
 * joined as {@link de.dmp.programme.entity.ParameterValue#SEPARATOR}).
 */
public record EdmpDocument(
    String documentId,
    String programme,
    DocumentType type,
    LocalDate documentedOn,
    Provider provider,
    Insured patient,
    Map<String, String> values) {

  public EdmpDocument {
    values = Map.copyOf(values);
  }
}
