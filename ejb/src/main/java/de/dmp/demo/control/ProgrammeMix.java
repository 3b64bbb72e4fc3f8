package de.dmp.demo.control;

import de.dmp.patient.entity.Sex;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The programme mix of synthetic patients, shared by the demo population and the generator: about a
 * third type 2 diabetics, then COPD, asthma, coronary heart disease, type 1 diabetes, heart
 * failure, and breast cancer for some women.
 */
public final class ProgrammeMix {

  private ProgrammeMix() {}

  /** One patient's programmes: mostly one, DM2 with KHK for a quarter of the diabetics. */
  public static List<String> draw(Random random, Sex sex) {
    int draw = random.nextInt(100);
    if (sex == Sex.FEMALE && draw < 8) {
      return List.of("BRUST");
    }
    if (draw < 38) {
      return random.nextInt(4) == 0 ? List.of("DM2", "KHK") : List.of("DM2");
    }
    if (draw < 46) {
      return List.of("DM1");
    }
    if (draw < 58) {
      return List.of("ASTHMA");
    }
    if (draw < 72) {
      return List.of("COPD");
    }
    return draw < 90 ? List.of("KHK") : List.of("HI");
  }

  /** A confirming ICD-10-GM code per programme. */
  public static final Map<String, String> DIAGNOSIS =
      Map.of(
          "DM1", "E10.9", "DM2", "E11.9", "ASTHMA", "J45.0", "COPD", "J44.9", "KHK", "I25.1", "HI",
          "I50.1", "BRUST", "C50.4");

  /**
   * The answer "Einschreibung wegen" gives for each programme; an enrolment's documentation names
   * every programme the patient is enrolled in.
   */
  public static final Map<String, String> ENROLMENT_REASON =
      Map.of(
          "DM1", "Diabetes mellitus Typ 1",
          "DM2", "Diabetes mellitus Typ 2",
          "ASTHMA", "Asthma bronchiale",
          "COPD", "COPD",
          "KHK", "KHK",
          "HI", "Chronische Herzinsuffizienz");

  /**
   * The comorbidity ("Begleiterkrankungen") each programme's disease is: the other programmes of a
   * patient are among a documentation's comorbidities, its own never.
   */
  public static final Map<String, String> COMORBIDITY =
      Map.of(
          "DM1", "Diabetes mellitus",
          "DM2", "Diabetes mellitus",
          "ASTHMA", "Asthma bronchiale",
          "COPD", "COPD",
          "KHK", "KHK",
          "HI", "Chronische Herzinsuffizienz");
}
