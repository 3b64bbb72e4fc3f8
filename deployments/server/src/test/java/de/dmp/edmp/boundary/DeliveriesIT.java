package de.dmp.edmp.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.dmp.demo.control.DemoPopulation;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.edmp.boundary.SendListEntry.State;
import de.dmp.edmp.entity.Delivery;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.Deployments;
import de.dmp.it.EdmpRecords;
import de.dmp.it.EdmpRecords.Site;
import de.dmp.it.KbvSchemas;
import de.dmp.it.Pages;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.platform.time.ClockProducer;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentType;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The send list and the delivery archive of a practice: what is to send with its deadline, the
 * archive of a selection that marks nothing, and the confirmation that does.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveriesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(DeliveriesIT.class)
        .addAsLibrary(
            Deployments.testLibrary(
                DeliveriesIT.class, EdmpRecords.class, Pages.class, KbvSchemas.class));
  }

  @Inject private Deliveries deliveries;
  @Inject private Documentations documentations;
  @Inject private EdmpRecords records;
  @Inject private TestData data;
  @Inject private Patients patients;

  private Site site;
  private Clinic clinic;
  private Documentation dm2;
  private Documentation other;
  private Documentation khk;
  private Documentation draft;

  @BeforeEach
  void practiceWithDocumentations() {
    site = records.site();
    clinic = site.clinic();
    long doctor = site.doctor().getId();
    clinic.asDoctor(
        () -> {
          dm2 =
              records.document(
                  data.enrol(site.patient(), clinic.practice(), "DM2", "E11.9"), doctor, true);
          Patient second = data.insuredPatient(site.insurer());
          patients.recordResidence(
              second.getId(), new PostalAddress("Domkloster", "4", "50667", "Köln"), "1");
          other =
              records.document(data.enrol(second, clinic.practice(), "DM2", "E11.9"), doctor, true);
          khk =
              records.document(
                  data.enrol(site.patient(), clinic.practice(), "KHK", "I25.1"), doctor, true);
          draft =
              records.document(
                  data.enrol(site.patient(), clinic.practice(), "ASTHMA", "J45.0"), doctor, false);
        });
  }

  @Test
  void sendList_shouldListTheCompleteDocumentationsAFileCanBeWrittenForWithTheirDeadline() {
    SendList list = clinic.doctor(() -> deliveries.sendList());

    assertThat(list.toSend())
        .as("not the draft, nor KHK of 2025, which no shipped interface version covers")
        .extracting(SendListEntry::documentationId)
        .containsExactlyInAnyOrder(dm2.getId(), other.getId());
    SendListEntry entry = list.toSend().get(0);
    assertThat(entry.documentedOn()).isEqualTo(TestData.STARTED);
    assertThat(entry.deliveryDeadline()).isEqualTo(LocalDate.of(2025, 4, 10));
    assertThat(entry.overdue()).isTrue();
    assertThat(list.overdue()).isEqualTo(2);
    assertThat(list.sent()).isEmpty();
    assertThat(data.clinic().doctor(() -> deliveries.sendList()).toSend()).isEmpty();
  }

  @Test
  void archive_shouldPackTheSelectionWithItsBegleitdateiAndMarkNothingSent() throws IOException {
    Delivery delivery =
        clinic.doctor(() -> deliveries.archive(List.of(dm2.getId(), other.getId())));

    String prefix = clinic.practice().getBsnr() + "_\\d{14}_1_DM2_607";
    List<String> entries = entries(delivery.content());
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0)).matches(prefix + "\\.zip");
    assertThat(entries.get(1)).matches(prefix + "\\.idx");
    assertThat(delivery.archives()).containsExactly(entries.get(0));
    assertThat(clinic.doctor(() -> deliveries.sendList()).toSend()).hasSize(2);
    assertThatThrownBy(() -> clinic.doctor(() -> deliveries.archive(List.of(khk.getId()))))
        .isInstanceOf(EdmpRefusedException.class)
        .hasMessageContaining("no eDMP interface for KHK");
  }

  @Test
  void markSent_shouldMoveTheDocumentationToTheSentWithWhoAndWhen() {
    clinic.asStaff(() -> documentations.markSent(List.of(dm2.getId()), LocalDate.now()));

    SendList list = clinic.doctor(() -> deliveries.sendList());
    assertThat(list.toSend())
        .extracting(SendListEntry::documentationId)
        .containsExactly(other.getId());
    assertThat(list.sent())
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.documentationId()).isEqualTo(dm2.getId());
              assertThat(sent.sentBy()).isEqualTo(clinic.staff());
              assertThat(sent.sentAt()).isNotNull();
              assertThat(sent.overdue()).isFalse();
            });
  }

  @Test
  void archiveAndMarkSent_shouldRefuseNothingSelectedAlreadySentDraftsAndAnotherPractice() {
    clinic.asStaff(() -> documentations.markSent(List.of(dm2.getId()), LocalDate.now()));
    clinic.asDoctor(
        () -> {
          assertThatThrownBy(() -> deliveries.archive(List.of()))
              .isInstanceOfSatisfying(
                  EdmpRefusedException.class,
                  e ->
                      assertThat(e.message(Locale.GERMAN))
                          .isEqualTo(
                              "Bitte mindestens eine Dokumentation für das Archiv auswählen."));
          assertThatThrownBy(() -> deliveries.archive(List.of(other.getId(), dm2.getId())))
              .isInstanceOfSatisfying(
                  EdmpRefusedException.class,
                  e ->
                      assertThat(e.message(Locale.GERMAN))
                          .contains("vom 15.01.2025 ist bereits an die Datenstelle übermittelt"));
          assertThatThrownBy(() -> deliveries.archive(List.of(draft.getId())))
              .isInstanceOf(EdmpRefusedException.class)
              .hasMessageContaining("draft");
          assertThatThrownBy(
                  () ->
                      documentations.markSent(List.of(other.getId(), dm2.getId()), LocalDate.now()))
              .isInstanceOfSatisfying(
                  IllegalTransitionException.class,
                  e -> assertThat(e.message(Locale.GERMAN)).contains("bereits am"));
        });
    assertThat(clinic.doctor(() -> deliveries.sendList()).toSend())
        .extracting(SendListEntry::documentationId)
        .as("the refused confirmation stored nothing")
        .containsExactly(other.getId());
    data.clinic()
        .asStaff(
            () ->
                assertThatThrownBy(() -> deliveries.archive(List.of(other.getId())))
                    .isInstanceOf(AccessDeniedException.class));
  }

  @Test
  void
      correctedAfterSending_shouldReturnToTheListWithItsCorrectionDeadlineAndDraftsShowUnsendable() {
    LocalDate today = LocalDate.now(ClockProducer.BERLIN);
    Patient patient =
        clinic.doctor(
            () -> {
              Patient third = data.insuredPatient(site.insurer());
              patients.recordResidence(
                  third.getId(), new PostalAddress("Domkloster", "6", "50667", "Köln"), "5");
              return third;
            });
    Enrolment enrolment =
        clinic.doctor(() -> data.enrol(patient, clinic.practice(), "DM2", "E11.9"));
    Documentation sent =
        clinic.doctor(
            () ->
                documentations
                    .documentVisit(
                        new VisitDocumentation(
                            patient.getId(),
                            site.doctor().getId(),
                            today,
                            List.of(
                                new ProgrammeDocumentation(
                                    enrolment.getId(),
                                    data.sample(enrolment, DocumentType.ED, today)))))
                    .get(0));
    Documentation todaysDraft =
        clinic.doctor(
            () ->
                documentations
                    .saveDraft(
                        new VisitDocumentation(
                            patient.getId(),
                            null,
                            today,
                            List.of(
                                new ProgrammeDocumentation(
                                    data.enrol(patient, clinic.practice(), "KHK", "I25.1").getId(),
                                    Map.of()))))
                    .get(0));
    Documentation delivered =
        TestData.as(
            clinic.staff(), () -> documentations.markSent(List.of(sent.getId()), today).get(0));
    assertThat(clinic.doctor(() -> deliveries.sendList()).sent())
        .extracting(SendListEntry::documentationId, SendListEntry::state)
        .containsExactly(tuple(sent.getId(), State.SENT));

    clinic.asDoctor(
        () ->
            documentations.correct(
                delivered.getId(), delivered.getVersion(), delivered.currentValues()));

    SendList list = clinic.doctor(() -> deliveries.sendList());
    Quarter quarter = Quarter.of(today);
    assertThat(list.toSend())
        .filteredOn(entry -> entry.documentationId() == sent.getId())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.state()).isEqualTo(State.CORRECTED);
              assertThat(entry.correctionDeadline()).isEqualTo(quarter.correctionDeadline());
              assertThat(entry.dueBy()).isEqualTo(quarter.correctionDeadline());
              assertThat(entry.overdue()).isFalse();
            });
    assertThat(list.sent()).isEmpty();
    assertThat(list.drafts())
        .as("today's KHK draft, not the asthma draft of 2025, which no interface version covers")
        .extracting(SendListEntry::documentationId, SendListEntry::state)
        .containsExactly(tuple(todaysDraft.getId(), State.DRAFT));
    assertThat(list.programmes()).containsExactly("DM2", "KHK");
    assertThat(list.of("KHK").toSend()).isEmpty();
    assertThat(list.of("KHK").drafts()).hasSize(1);
    assertThat(list.of("DM2").toSend()).hasSize(3);
    assertThatThrownBy(() -> clinic.doctor(() -> deliveries.archive(List.of(todaysDraft.getId()))))
        .isInstanceOf(EdmpRefusedException.class);
    assertThat(clinic.doctor(() -> deliveries.archive(List.of(sent.getId()))).archives())
        .as("the corrected documentation goes into the next archive")
        .hasSize(1);
  }

  /**
   * The whole quarter of a demo practice from the database: every documentation to send written
   * into the archive, every file in it valid for KBV's schema of its version.
   */
  @Test
  void archive_ofADemoPracticesWholeList_shouldHoldAFileValidForKbvsSchemaForEachDocumentation()
      throws IOException {
    String doctor = DemoPopulation.PRACTICES.get(1).doctor();
    SendList list = TestData.as(doctor, () -> deliveries.sendList());
    assertThat(list.toSend()).isNotEmpty();

    Delivery delivery =
        TestData.as(
            doctor,
            () ->
                deliveries.archive(
                    list.toSend().stream().map(SendListEntry::documentationId).toList()));

    Map<String, List<String>> errorsByFile = new TreeMap<>();
    int files = 0;
    for (Map.Entry<String, byte[]> archive : unzip(delivery.content()).entrySet()) {
      if (!archive.getKey().endsWith(".zip")) {
        continue;
      }
      String code = archive.getKey().replaceAll("^\\d+_\\d{14}_\\d+_(\\w+)\\.zip$", "$1");
      for (Map.Entry<String, byte[]> file : unzip(archive.getValue()).entrySet()) {
        if (file.getKey().endsWith("/")) {
          continue;
        }
        files++;
        List<String> errors = KbvSchemas.errors(code, file.getValue());
        if (!errors.isEmpty()) {
          errorsByFile.put(archive.getKey() + "/" + file.getKey(), errors);
        }
      }
    }
    assertThat(files).isEqualTo(list.toSend().size());
    assertThat(errorsByFile).isEmpty();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
