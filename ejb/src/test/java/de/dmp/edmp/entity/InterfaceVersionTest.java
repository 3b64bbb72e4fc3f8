package de.dmp.edmp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceVersionTest {

  private final ProgrammeDefinition khk = ProgrammeCatalogueFixture.current("KHK");

  private static InterfaceVersion khkWith(
      List<InterfaceField> fields, Map<String, String> notSent) {
    return new InterfaceVersion(
        "KHK",
        "4.17",
        LocalDate.of(2026, 10, 1),
        "KHK_417",
        "Koronare_Herzkrankheit/Dokumentation",
        "XSD_EKHK",
        "XPM_EKHK",
        new DocumentKind("EDMP_KHK_EE", "Erstmalige Dokumentation KHK", "EEKHK"),
        new DocumentKind("EDMP_KHK_EV", "Verlaufsdokumentation KHK", "EVKHK"),
        List.of("Anamnese- und Befunddaten", "Medikamente"),
        fields,
        notSent);
  }

  private static InterfaceField field(String parameter, String name, String section) {
    return new InterfaceField(parameter, name, null, section, null, null, null, null);
  }

  @Test
  void inconsistencies_shouldNameUnknownParametersSectionsAndParametersNotAccountedFor() {
    InterfaceVersion version =
        khkWith(
            List.of(
                field("angina", "Angina pectoris", "Anamnese- und Befunddaten"),
                field("statin", "Statin", "Medikamente"),
                field("smoker", "Raucher", "Befunde")),
            Map.of("angina", "twice"));

    assertThat(version.inconsistencies(khk))
        .contains(
            "fields[1].parameter: 'statin' is not a parameter",
            "fields[2].section: 'Befunde' is not one of [Anamnese- und Befunddaten, Medikamente]",
            "notSent: 'angina' is sent and listed as not sent",
            "notSent: 'ldl' is neither sent nor listed");
  }

  @Test
  void inconsistencies_shouldNameAMeasurementForACodedParameterAndAnUnknownSpelling() {
    InterfaceVersion version =
        khkWith(
            List.of(
                new InterfaceField(
                    "angina",
                    "Angina pectoris",
                    null,
                    "Anamnese- und Befunddaten",
                    "Anzahl",
                    Map.of("Ja, CCS V", "CCS V"),
                    null,
                    null)),
            Map.of());

    assertThat(version.inconsistencies(khk))
        .contains(
            "fields[0].unit: 'angina' is CODE",
            "fields[0].values: 'Ja, CCS V' is not a value of 'angina'");
  }

  @Test
  void paragraphs_shouldOmitNotDocumentedValuesAndEmptySectionsAndMergeOneName() {
    InterfaceVersion version =
        khkWith(
            List.of(
                new InterfaceField(
                    "ldl",
                    "LDL-Cholesterin",
                    null,
                    "Anamnese- und Befunddaten",
                    "mg/dl",
                    null,
                    null,
                    null),
                new InterfaceField(
                    "angina",
                    "LDL-Cholesterin",
                    null,
                    "Anamnese- und Befunddaten",
                    null,
                    Map.of("Ja, CCS II", "CCS II"),
                    List.of("Nein"),
                    null),
                field("beta-blockers", "Betablocker", "Medikamente")),
            Map.of());

    assertThat(version.paragraphs(Map.of("ldl", "128,0", "angina", "Ja, CCS II", "smoker", "")))
        .containsExactly(
            new Paragraph(
                "Anamnese- und Befunddaten",
                List.of(
                    new Observation(
                        "LDL-Cholesterin",
                        List.of("CCS II"),
                        List.of(new Measurement("128.0", "mg/dl")),
                        List.of()))));
    assertThat(version.paragraphs(Map.of("angina", "Nein"))).isEmpty();
  }
}
