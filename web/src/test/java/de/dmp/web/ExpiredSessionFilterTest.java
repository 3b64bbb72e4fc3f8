package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredSessionFilterTest {

  @Test
  void backTo_shouldReturnToThePageOfThisApplicationWithItsQuery() {
    assertThat(
            ExpiredSessionFilter.backTo(
                "/dmp", "http://localhost:8080/dmp/documentation.xhtml?enrolment=42"))
        .isEqualTo("/dmp/documentation.xhtml?enrolment=42");
  }

  @Test
  void backTo_shouldNeverLeadToAnotherSiteOrApplication() {
    assertThat(ExpiredSessionFilter.backTo("/dmp", "https://evil.example/phish"))
        .isEqualTo("/dmp/");
    assertThat(ExpiredSessionFilter.backTo("/dmp", "http://localhost:8080/other/x.xhtml"))
        .isEqualTo("/dmp/");
    assertThat(ExpiredSessionFilter.backTo("/dmp", "http://localhost/dmp/../other"))
        .isEqualTo("/dmp/");
    assertThat(ExpiredSessionFilter.backTo("/dmp", "not a uri")).isEqualTo("/dmp/");
    assertThat(ExpiredSessionFilter.backTo("/dmp", null)).isEqualTo("/dmp/");
  }

  @Test
  void isOwnPage_shouldTakeOnlyPathsOfThisApplication() {
    assertThat(ExpiredSessionFilter.isOwnPage("/dmp", "/dmp/chart.xhtml?patient=7")).isTrue();
    assertThat(ExpiredSessionFilter.isOwnPage("/dmp", "//evil.example/dmp/")).isFalse();
    assertThat(ExpiredSessionFilter.isOwnPage("/dmp", "/dmp//evil.example")).isFalse();
    assertThat(ExpiredSessionFilter.isOwnPage("/dmp", "/dmp/x\r\nSet-Cookie: a=b")).isFalse();
    assertThat(ExpiredSessionFilter.isOwnPage("/dmp", "https://evil.example/dmp/")).isFalse();
    assertThat(ExpiredSessionFilter.isOwnPage("/dmp", null)).isFalse();
  }
}
