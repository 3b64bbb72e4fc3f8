package de.dmp.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

class MariaDbDialectResolverTest {

  @Test
  void mariaDbVersion_shouldReadTheVersionBehindTheMySqlCompatibilityPrefix() {
    assertThat(MariaDbDialectResolver.mariaDbVersion("5.5.5-10.11.19-MariaDB-0+deb12u1"))
        .get()
        .satisfies(
            version -> {
              assertThat(version.getMajor()).isEqualTo(10);
              assertThat(version.getMinor()).isEqualTo(11);
              assertThat(version.getMicro()).isEqualTo(19);
            });
  }

  @Test
  void mariaDbVersion_shouldReadMariaDb11WithoutPrefix() {
    assertThat(MariaDbDialectResolver.mariaDbVersion("11.4.5-MariaDB"))
        .get()
        .extracting(DatabaseVersion::getMajor)
        .isEqualTo(11);
  }

  @Test
  void mariaDbVersion_shouldLeaveMySqlAndH2ToHibernate() {
    assertThat(MariaDbDialectResolver.mariaDbVersion("8.0.36")).isEmpty();
    assertThat(MariaDbDialectResolver.mariaDbVersion("2.2.224 (2023-09-17)")).isEmpty();
    assertThat(MariaDbDialectResolver.mariaDbVersion(null)).isEmpty();
  }
}
