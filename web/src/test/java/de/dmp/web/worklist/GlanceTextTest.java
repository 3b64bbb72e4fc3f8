package de.dmp.web.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The worklist's line of the quarter counts in the singular and the plural, in both languages. */
class GlanceTextTest {

  private static String glance(Locale locale, long expected, long drafts) {
    String pattern =
        ResourceBundle.getBundle(
                "de.dmp.web.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT))
            .getString("worklist.glance");
    return new MessageFormat(pattern, locale)
        .format(new Object[] {"4/2026", expected, 0L, 0L, drafts, 0L, "10.01.2027"});
  }

  @Test
  void oneDraft_shouldBeSingular() {
    assertThat(glance(Locale.GERMAN, 1, 1)).contains("1 Dokumentation erwartet", "· 1 Entwurf ·");
    assertThat(glance(Locale.ENGLISH, 1, 1)).contains("1 documentation expected", "· 1 draft ·");
  }

  @Test
  void noneOrSeveral_shouldBePlural() {
    assertThat(glance(Locale.GERMAN, 0, 0))
        .contains("0 Dokumentationen erwartet", "· 0 Entwürfe ·");
    assertThat(glance(Locale.GERMAN, 1242, 2))
        .contains("1.242 Dokumentationen erwartet", "· 2 Entwürfe ·");
    assertThat(glance(Locale.ENGLISH, 1242, 2))
        .contains("1,242 documentations expected", "· 2 drafts ·");
  }
}
