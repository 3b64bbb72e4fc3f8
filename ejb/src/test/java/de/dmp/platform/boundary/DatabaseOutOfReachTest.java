package de.dmp.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import org.junit.jupiter.api.Test;

class DatabaseOutOfReachTest {

  @Test
  void in_shouldFindAMissingOrBrokenConnectionAnywhereInTheCauses() {
    var noConnection =
        new EJBException(
            new PersistenceException(new SQLException(new ResourceException("IJ000453"))));
    var broken = new PersistenceException(new SQLException("Communications link failure", "08S01"));
    var recoverable = new SQLRecoverableException(new ConnectException("refused"));

    assertThat(DatabaseOutOfReach.in(noConnection)).isTrue();
    assertThat(DatabaseOutOfReach.in(broken)).isTrue();
    assertThat(DatabaseOutOfReach.in(recoverable)).isTrue();
  }

  @Test
  void in_shouldNotTakeTheDatabasesRefusalsForAnOutage() {
    var duplicate = new PersistenceException(new SQLException("Duplicate entry", "23000"));
    var noState = new PersistenceException(new SQLException("Lock wait timeout"));

    assertThat(DatabaseOutOfReach.in(duplicate)).isFalse();
    assertThat(DatabaseOutOfReach.in(noState)).isFalse();
    assertThat(DatabaseOutOfReach.in(new IllegalStateException())).isFalse();
  }

  @Test
  void aRowNotUpdated_shouldCountAsAChangeWhereNoServerCanBeAsked() {
    var commit = new RuntimeException(new jakarta.persistence.OptimisticLockException("row"));

    assertThat(DatabaseOutOfReach.in(commit)).isFalse();
  }
}
