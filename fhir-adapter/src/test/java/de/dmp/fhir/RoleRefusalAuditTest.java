package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import de.dmp.audit.entity.AuditAction;
import org.junit.jupiter.api.Test;

class RoleRefusalAuditTest {

  @Test
  void action_shouldNameWritesAsSuchAndEverythingElseAsAReadOrSearch() {
    assertThat(RoleRefusalAudit.action(RestOperationTypeEnum.CREATE)).isEqualTo(AuditAction.CREATE);
    assertThat(RoleRefusalAudit.action(RestOperationTypeEnum.UPDATE)).isEqualTo(AuditAction.UPDATE);
    assertThat(RoleRefusalAudit.action(RestOperationTypeEnum.DELETE)).isEqualTo(AuditAction.DELETE);
    assertThat(RoleRefusalAudit.action(RestOperationTypeEnum.READ)).isEqualTo(AuditAction.READ);
    assertThat(RoleRefusalAudit.action(RestOperationTypeEnum.SEARCH_TYPE))
        .isEqualTo(AuditAction.SEARCH);
    assertThat(RoleRefusalAudit.action(null)).isEqualTo(AuditAction.READ);
  }
}
