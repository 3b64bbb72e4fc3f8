package de.dmp.edmp.control;

import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.entity.Address;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.edmp.entity.Insurance;
import de.dmp.edmp.entity.Insured;
import de.dmp.edmp.entity.Provider;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;

/**
 * A stored documentation as an eDMP file carries it: the practice and documenting doctor, the
 * patient with DMP case number and statutory insurance (with the DMP marker of the documentation's
 * programme), and the current values. Refused, naming what to record, when the records lack what
 * KBV's header requires.
 */
public final class DocumentationHeader {

  /** Primary billing (Primärabrechnung), the area of a DMP documentation. */
  private static final String PRIMARY_BILLING = "00";

  private DocumentationHeader() {}

  /**
   * @param dmpMarker the DMP marker (DMP-Kennzeichnung, KBV key table 1.2.276.0.76.5.223) of the
   *     documentation's programme, as the programme definition gives it ({@code 01} DM2); null
   *     leaves it out (it is optional)
   */
  public static EdmpDocument of(Documentation documentation, String dmpMarker) {
    Enrolment enrolment = documentation.getEnrolment();
    return new EdmpDocument(
        String.valueOf(documentation.getId()),
        enrolment.getProgrammeCode(),
        documentation.getType(),
        documentation.getDocumentedOn(),
        provider(documentation),
        insured(documentation, dmpMarker),
        documentation.currentValues());
  }

  private static Provider provider(Documentation documentation) {
    Practice practice = documentation.getEnrolment().getPractice();
    Practitioner doctor = documentation.getVisit().getPractitioner();
    if (doctor == null) {
      throw new EdmpRefusedException("edmp.noDoctor", documentation.getId());
    }
    if (practice.getAddress() == null || practice.getPhone() == null) {
      throw new EdmpRefusedException(
          "edmp.practiceAddress", documentation.getId(), practice.getBsnr());
    }
    return new Provider(
        practice.getBsnr(),
        doctor.getLanr(),
        null,
        doctor.getGivenName(),
        doctor.getFamilyName(),
        address(practice.getAddress()),
        practice.getPhone());
  }

  private static Insured insured(Documentation documentation, String dmpMarker) {
    Enrolment enrolment = documentation.getEnrolment();
    Patient patient = enrolment.getPatient();
    if (patient.getAddress() == null || patient.getInsuredStatus() == null) {
      throw new EdmpRefusedException("edmp.patientAddress", documentation.getId());
    }
    return new Insured(
        enrolment.getDmpCase().getCaseNumber(),
        patient.getGivenName(),
        patient.getFamilyName(),
        address(patient.getAddress()),
        patient.getBirthDate().toString(),
        sex(patient.getSex()),
        new Insurance(
            patient.getInsurer().getName(),
            patient.getInsurer().getInstitutionCode(),
            PRIMARY_BILLING,
            null,
            patient.getInsuranceNumber(),
            patient.getInsuredStatus(),
            null,
            dmpMarker,
            null,
            null,
            null));
  }

  private static Address address(PostalAddress address) {
    return new Address(address.street(), address.houseNumber(), address.zip(), address.city());
  }

  /** KBV's files know female, male and "unknown" (UN), which also stands for "divers". */
  private static String sex(Sex sex) {
    return switch (sex) {
      case FEMALE -> "F";
      case MALE -> "M";
      case DIVERSE, UNKNOWN -> "UN";
    };
  }
}
