/*
 * The UI writes German the German way and English the British way (Written.region: 3 Apr 2025,
 * weeks from Monday), and hands that region to the calendar and the date pickers (de_DE, en_GB).
 * PrimeFaces ships its texts per language only, and its schedule looks them up by the exact
 * locale; each region takes its language's texts, the week from Monday. Loaded at the end of the
 * body: after PrimeFaces' texts, before its widgets are made (when the document is ready).
 */
(function () {
  var languageOf = { de_DE: "de", en_GB: "en" };
  Object.keys(languageOf).forEach(function (region) {
    var texts = window.PrimeFaces && PrimeFaces.locales[languageOf[region]];
    if (texts && !PrimeFaces.locales[region]) {
      PrimeFaces.locales[region] = $.extend(true, {}, texts, { firstDayOfWeek: 1 });
    }
  });
})();
