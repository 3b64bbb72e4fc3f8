package de.dmp.rules.boundary;

import static de.dmp.documentation.entity.DocumentationStatus.COMPLETE;
import static de.dmp.documentation.entity.DocumentationStatus.DRAFT;
import static de.dmp.documentation.entity.DocumentationStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.time.Quarter;
import de.dmp.rules.boundary.QuarterGlance.Saved;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterGlanceTest {

  private static final Quarter Q4 = Quarter.of(LocalDate.of(2026, 12, 7));

  @Test
  void aDraftBesideACompleteDocumentation_shouldNotRaiseTheExpectedCount() {
    QuarterGlance before = QuarterGlance.of(Q4, List.of(new Saved(1, COMPLETE)), 3);
    QuarterGlance after =
        QuarterGlance.of(Q4, List.of(new Saved(1, COMPLETE), new Saved(1, DRAFT)), 3);

    assertThat(after.expected()).isEqualTo(before.expected()).isEqualTo(4);
    assertThat(after.drafts()).isZero();
    assertThat(after.complete()).isEqualTo(1);
  }

  @Test
  void eachEnrolment_shouldCountOnceInItsFurthestStatus() {
    QuarterGlance glance =
        QuarterGlance.of(
            Q4,
            List.of(
                new Saved(1, DRAFT),
                new Saved(2, DRAFT),
                new Saved(2, SENT),
                new Saved(3, COMPLETE),
                new Saved(4, COMPLETE)),
            5);

    assertThat(glance.drafts()).isEqualTo(1);
    assertThat(glance.complete()).isEqualTo(2);
    assertThat(glance.sent()).isEqualTo(1);
    assertThat(glance.expected()).isEqualTo(9);
  }
}
