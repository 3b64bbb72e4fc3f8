package de.dmp.documentation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentationTest {

  private static final Instant DRAFTED = Instant.parse("2026-11-02T09:00:00Z");
  private static final Instant COMPLETED = Instant.parse("2026-11-02T09:20:00Z");
  private static final Instant CORRECTED = Instant.parse("2026-11-20T15:00:00Z");

  private static Documentation draft() {
    var patient = new Patient("Muster", "Max", LocalDate.of(1950, 1, 1), Sex.MALE);
    var practice = new Practice("123456789", "Praxis", "Nordrhein");
    var enrolment =
        new Enrolment(
            patient,
            practice,
            new DmpCase(patient, practice, DRAFTED),
            ProgrammeCatalogueFixture.current("DM2"),
            new Enrolment.Diagnosis("E11.9", LocalDate.of(2024, 6, 1)),
            DocumentationInterval.QUARTERLY,
            LocalDate.of(2025, 1, 15),
            DRAFTED);
    return new Documentation(
        new Visit(patient, practice, null, LocalDate.of(2026, 11, 2), DRAFTED),
        enrolment,
        DocumentType.FD,
        "2025-1",
        Map.of("hba1c", "7,"),
        DocumentationStatus.DRAFT,
        DRAFTED,
        "dr.weber");
  }

  @Test
  void history_shouldGiveEveryRevisionAsItReadNewestFirst() {
    Documentation documentation = draft();
    documentation.correct("2025-1", Map.of("hba1c", "7.2"), COMPLETED, "dr.weber");
    documentation.correct("2026-1", Map.of("hba1c", "6.9"), CORRECTED, "dr.schulz");

    var history = documentation.history();

    assertThat(history)
        .extracting(
            Documentation::getRevision,
            Documentation::getStatus,
            Documentation::getProgrammeVersion,
            Documentation::getUpdatedAt,
            d -> d.currentValues().get("hba1c"),
            d -> d.currentRevision().getRecordedBy())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                3, DocumentationStatus.COMPLETE, "2026-1", CORRECTED, "6.9", "dr.schulz"),
            org.assertj.core.groups.Tuple.tuple(
                2, DocumentationStatus.COMPLETE, "2025-1", COMPLETED, "7.2", "dr.weber"),
            org.assertj.core.groups.Tuple.tuple(
                1, DocumentationStatus.DRAFT, "2025-1", DRAFTED, "7,", "dr.weber"));
    assertThat(history.get(0)).isSameAs(documentation);
  }

  @Test
  void history_ofAnUncorrectedDocumentation_shouldBeItself() {
    Documentation documentation = draft();

    assertThat(documentation.history()).containsExactly(documentation);
  }

  @Test
  void isCorrectable_shouldHoldForACompleteAndForASentDocumentationUntilDay52AfterItsQuarter() {
    Documentation documentation = draft();
    LocalDate deadline = LocalDate.of(2027, 2, 21);
    assertThat(documentation.correctionDeadline()).isEqualTo(deadline);
    assertThat(documentation.isCorrectable(deadline))
        .as("a draft is completed, not corrected")
        .isFalse();

    documentation.correct("2025-1", Map.of("hba1c", "7.2"), COMPLETED, "dr.weber");
    assertThat(documentation.isCorrectable(deadline.plusYears(1))).as("not sent yet").isTrue();

    documentation.markSent(LocalDate.of(2026, 11, 3), CORRECTED, "mfa.weber");
    assertThat(documentation.isCorrectable(deadline)).isTrue();
    assertThat(documentation.isCorrectable(deadline.plusDays(1))).isFalse();
    documentation.requireOpenForCorrection(deadline);
    assertThatThrownBy(() -> documentation.requireOpenForCorrection(deadline.plusDays(1)))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e ->
                assertThat(e.message(Locale.GERMAN))
                    .startsWith(
                        "Die Dokumentation vom 02.11.2026 wurde am 03.11.2026 an die Datenstelle"
                            + " übermittelt; Korrekturen ihres Quartals nimmt die Datenstelle nur"
                            + " bis zum 21.02.2027 an")
                    .endsWith("kann nicht mehr korrigiert werden."));
  }

  @Test
  void markSent_shouldRecordWhoAndWhenAndRefuseASecondDeliveryAndADraft() {
    Documentation documentation = draft();
    assertThatThrownBy(() -> documentation.markSent(LocalDate.of(2026, 12, 1), CORRECTED, "mfa"))
        .isInstanceOf(IllegalTransitionException.class);
    documentation.correct("2025-1", Map.of("hba1c", "7.2"), COMPLETED, "dr.weber");

    documentation.markSent(LocalDate.of(2026, 12, 1), CORRECTED, "mfa.weber");

    assertThat(documentation.getStatus()).isEqualTo(DocumentationStatus.SENT);
    assertThat(documentation.getSentAt()).isEqualTo(CORRECTED);
    assertThat(documentation.getSentBy()).isEqualTo("mfa.weber");
    assertThatThrownBy(() -> documentation.markSent(LocalDate.of(2026, 12, 2), CORRECTED, "dr"))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e ->
                assertThat(e.message(Locale.GERMAN))
                    .isEqualTo(
                        "Die Dokumentation vom 02.11.2026 ist bereits am 01.12.2026 an die"
                            + " Datenstelle übermittelt worden."));
    assertThat(documentation.getSentBy()).isEqualTo("mfa.weber");
  }

  @Test
  void correct_ofASentDocumentation_shouldMakeItCompleteToBeSentAgain() {
    Documentation documentation = draft();
    documentation.correct("2025-1", Map.of("hba1c", "7.2"), COMPLETED, "dr.weber");
    documentation.markSent(LocalDate.of(2026, 12, 1), CORRECTED, "mfa.weber");

    documentation.correct("2025-1", Map.of("hba1c", "7.0"), CORRECTED, "dr.weber");

    assertThat(documentation.getStatus()).isEqualTo(DocumentationStatus.COMPLETE);
    assertThat(documentation.getSentOn()).isNull();
    assertThat(documentation.getSentAt()).isNull();
    assertThat(documentation.getSentBy()).isNull();
    assertThat(documentation.getPreviouslySentOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(documentation.isCorrectedAfterSending()).isTrue();

    documentation.markSent(LocalDate.of(2027, 1, 5), CORRECTED, "mfa.weber");
    assertThat(documentation.isCorrectedAfterSending()).as("sent again").isFalse();
  }

  @Test
  void isCorrectedAfterSending_shouldNotHoldForACompletedDraft() {
    Documentation documentation = draft();
    documentation.correct("2025-1", Map.of("hba1c", "7.2"), COMPLETED, "dr.weber");

    assertThat(documentation.isCorrectedAfterSending()).isFalse();
    assertThat(documentation.getPreviouslySentOn()).isNull();
  }

  @Test
  void coversPeriod_shouldNameTheDocumentationToCorrectInTheReadersLanguage() {
    Documentation documentation = draft();
    documentation.correct(
        "2025-1", Map.of("hba1c", "7.2", "interval", "Jedes zweite Quartal"), COMPLETED, "dr");

    var refusal = documentation.coversPeriod();

    assertThat(documentation.period()).hasToString("4/2026–1/2027");
    assertThat(refusal.parameter()).isEqualTo("date");
    assertThat(refusal.message(Locale.GERMAN))
        .startsWith(
            "für den Dokumentationszeitraum 4/2026–1/2027 liegt bereits die Folgedokumentation"
                + " vom 02.11.2026 vor")
        .endsWith("eine Änderung bitte mit „Korrigieren“ an dieser Dokumentation");
    assertThat(refusal.message(Locale.ENGLISH))
        .startsWith(
            "the documentation period 4/2026–1/2027 already has the follow-up documentation of"
                + " 2 Nov 2026")
        .endsWith("make a change with \"Correct\" on that documentation");
  }
}
