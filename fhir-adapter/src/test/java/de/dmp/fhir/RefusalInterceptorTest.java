package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.boundary.AlreadyRegisteredException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

class RefusalInterceptorTest {

  private final RefusalInterceptor interceptor = new RefusalInterceptor();

  private int statusFor(Exception exception) {
    return interceptor.toHttpAnswer(exception).getStatusCode();
  }

  @Test
  void toHttpAnswer_shouldMapEachRefusalToItsStatus() {
    assertThat(statusFor(new AccessDeniedException("read patient 1"))).isEqualTo(403);
    assertThat(statusFor(new EJBAccessException("role"))).isEqualTo(403);
    assertThat(statusFor(new NotFoundException("patient", 1))).isEqualTo(404);
    assertThat(statusFor(new AlreadyRegisteredException("Patient", "A123456789", 7)))
        .isEqualTo(409);
    assertThat(statusFor(new IllegalTransitionException("no"))).isEqualTo(422);
  }

  @Test
  void toHttpAnswer_shouldFindTheRefusalInsideAWrapperAndNameNoData() {
    var answer =
        interceptor.toHttpAnswer(new EJBException(new AccessDeniedException("read patient 42")));

    assertThat(answer.getStatusCode()).isEqualTo(403);
    assertThat(answer.getMessage()).doesNotContain("42");
  }

  @Test
  void toHttpAnswer_shouldLeaveOtherFailuresToHapi() {
    assertThat(interceptor.toHttpAnswer(new IllegalStateException("boom"))).isNull();
  }
}
