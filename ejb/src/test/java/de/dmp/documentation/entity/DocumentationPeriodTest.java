package de.dmp.documentation.entity;

import static de.dmp.programme.entity.DocumentationInterval.EVERY_SECOND_QUARTER;
import static de.dmp.programme.entity.DocumentationInterval.QUARTERLY;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.entity.DocumentationInterval;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentationPeriodTest {

  private static DocumentationPeriod on(String day, DocumentationInterval interval) {
    return DocumentationPeriod.of(LocalDate.parse(day), Map.of(), interval);
  }

  @Test
  void aFollowUpInTheQuarterOfTheInitialDocumentation_shouldFallInItsPeriod() {
    assertThat(on("2026-01-05", QUARTERLY).overlaps(on("2026-03-31", QUARTERLY))).isTrue();
    assertThat(on("2026-03-31", QUARTERLY).overlaps(on("2026-01-05", QUARTERLY))).isTrue();
  }

  @Test
  void quarterly_shouldLeaveTheNextQuarterFree() {
    assertThat(on("2026-03-31", QUARTERLY).overlaps(on("2026-04-01", QUARTERLY))).isFalse();
  }

  @Test
  void everySecondQuarter_shouldCoverTheNextQuarterAndNotTheOneAfter() {
    DocumentationPeriod february = on("2026-02-10", EVERY_SECOND_QUARTER);

    assertThat(february).hasToString("1/2026–2/2026");
    assertThat(february.overlaps(on("2026-06-30", QUARTERLY))).isTrue();
    assertThat(february.overlaps(on("2026-07-01", EVERY_SECOND_QUARTER))).isFalse();
  }

  @Test
  void anEarlierDocumentation_shouldClashWhenItsOwnPeriodReachesTheLaterOne() {
    DocumentationPeriod may = on("2026-05-10", QUARTERLY);

    assertThat(on("2026-02-10", EVERY_SECOND_QUARTER).overlaps(may)).isTrue();
    assertThat(on("2026-02-10", QUARTERLY).overlaps(may)).isFalse();
  }

  @Test
  void theDocumentedInterval_shouldWinOverTheOneChosenAtEnrolment() {
    DocumentationPeriod period =
        DocumentationPeriod.of(
            LocalDate.parse("2026-11-02"), Map.of("interval", "Jedes zweite Quartal"), QUARTERLY);

    assertThat(period.interval()).isEqualTo(EVERY_SECOND_QUARTER);
    assertThat(period).hasToString("4/2026–1/2027");
  }
}
