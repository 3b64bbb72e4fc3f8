package de.dmp.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SMART system scopes, v1 and v2, and what a token gets of what it asks for. */
class ScopesTest {

  @Test
  void v1AndV2Scopes_shouldMeanTheSameLetters() {
    Scopes v1 = Scopes.parseStrictly("system/Patient.read system/Task.write system/Goal.*");

    assertThat(v1.permits("Patient", 'r')).isTrue();
    assertThat(v1.permits("Patient", 's')).isTrue();
    assertThat(v1.permits("Patient", 'c')).isFalse();
    assertThat(v1.permits("Observation", 'r')).isFalse();
    assertThat(v1.permits("Task", 'u')).isTrue();
    assertThat(v1.permits("Task", 'r')).isFalse();
    assertThat(v1.permits("Goal", 'd')).isTrue();
    assertThat(Scopes.parseStrictly("system/*.rs").permits("Observation", 's')).isTrue();
  }

  @Test
  void aRegistration_shouldRefuseWhatIsNoSystemScope() {
    assertThatThrownBy(() -> Scopes.parseStrictly("system/*.read patient/*.read launch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("patient/*.read launch");
    assertThatThrownBy(() -> Scopes.parseStrictly("system/Patient.sr"))
        .hasMessage("system/Patient.sr");
    assertThatThrownBy(() -> Scopes.parseStrictly(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGrantedScopes_shouldBeWhatIsBothAskedForAndRegistered() {
    Scopes registered = Scopes.parseStrictly("system/*.read system/Patient.cud");

    assertThat(registered.grantedOf(Scopes.parseRequested("system/Patient.read openid")))
        .hasToString("system/Patient.read");
    assertThat(registered.grantedOf(Scopes.parseRequested("system/Observation.rs")))
        .hasToString("system/Observation.rs");
    assertThat(registered.grantedOf(Scopes.parseRequested("system/*.*")))
        .hasToString("system/*.rs system/Patient.cud");
    assertThat(registered.grantedOf(Scopes.parseRequested("system/Task.write")).isEmpty()).isTrue();
    assertThat(registered.grantedOf(Scopes.parseRequested(null)).isEmpty()).isTrue();
  }

  @Test
  void scopes_shouldBeWrittenBackAsRead() {
    String text = "system/*.read system/Patient.cruds";
    assertThat(Scopes.parseStrictly(Scopes.parseStrictly(text).toString()))
        .isEqualTo(Scopes.parseStrictly(text));
  }
}
