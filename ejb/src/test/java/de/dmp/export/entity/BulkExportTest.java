package de.dmp.export.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkExportTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static BulkExport export(Set<Long> patients) {
    return new BulkExport(
        "dr.weber", "/fhir/Patient/$export", Set.of("Patient"), null, "", patients, 3, "n1", NOW);
  }

  @Test
  void namedBeyond_shouldListTheNamedPatientsNotExportableInIdOrder() {
    BulkExport export = export(Set.of(30L, 10L, 20L));

    assertThat(export.namesPatients()).isTrue();
    assertThat(export.namedBeyond(List.of(20L))).containsExactly(10L, 30L);
    assertThat(export.namedBeyond(List.of(10L, 20L, 30L))).isEmpty();
  }

  @Test
  void anExportNamingNoPatient_shouldNameNone() {
    assertThat(export(Set.of()).namesPatients()).isFalse();
  }

  @Test
  void cancel_shouldLeaveARunningExportsFilesToItsWriter() {
    BulkExport export = export(Set.of());

    assertThat(export.cancel(NOW)).isFalse();
    assertThat(export.getStatus()).isEqualTo(ExportStatus.CANCELLED);
  }

  @Test
  void cancel_shouldGiveAFinishedExportsFilesToTheCallerAndForgetThem() {
    BulkExport export = export(Set.of());
    export.complete(Map.of("Patient", 3L), NOW);

    assertThat(export.cancel(NOW)).isTrue();
    assertThat(export.getOutput()).isEmpty();
  }
}
