/*
 * After a refused save the page would stay where it was, with no error in view: bring the first
 * field in error into the middle of the window and put the cursor in it; a refusal of the whole
 * documentation (a second one in its period) has no field, so its message comes into view.
 */
window.dmpFocusFirstError = function () {
  var error = document.querySelector('.dmp-field-error');
  if (!error) {
    var refusal = document.querySelector('.ui-messages-error');
    if (refusal) {
      refusal.scrollIntoView({block: 'center'});
    }
    return;
  }
  var field = error.closest('.dmp-field');
  field.scrollIntoView({block: 'center'});
  var input = field.querySelector('input:not([type=hidden])');
  if (input) {
    input.focus({preventScroll: true});
  }
};

/*
 * While a number is typed, the hint beside its field says when it lies outside the range the
 * programme definition gives (rendered into data-min and data-max); the server still decides on
 * saving. A number written with a decimal comma counts as one; what is not a number gets no hint
 * here, the server names it.
 */
(function () {
  // a save renders the form, and this script with it, anew: listen once
  if (window.dmpRangeHints) {
    return;
  }
  window.dmpRangeHints = true;

  function number(text) {
    var written = text.trim().replace(',', '.');
    return /^-?\d+(\.\d*)?$|^-?\.\d+$/.test(written) ? parseFloat(written) : NaN;
  }

  function outside(input) {
    var value = number(input.value);
    var min = input.dataset.min === '' ? NaN : parseFloat(input.dataset.min);
    var max = input.dataset.max === '' ? NaN : parseFloat(input.dataset.max);
    return !isNaN(value) && ((!isNaN(min) && value < min) || (!isNaN(max) && value > max));
  }

  function showHint(input) {
    var field = input.closest('.dmp-field');
    var hint = field && field.querySelector('.dmp-range-hint');
    if (hint) {
      hint.hidden = !outside(input);
    }
  }

  // one listener for the whole page, so fields a save or a language switch renders anew have it too
  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input[data-min]')) {
      showHint(event.target);
    }
  });

  // a continued draft or a carried-over value may lie outside already, unless the server says so
  function showHintsOfFieldsWithoutError() {
    document.querySelectorAll('.dmp-field input[data-min]').forEach(function (input) {
      if (!input.closest('.dmp-field').querySelector('.dmp-field-error')) {
        showHint(input);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showHintsOfFieldsWithoutError);
  } else {
    showHintsOfFieldsWithoutError();
  }
  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', showHintsOfFieldsWithoutError);
  }
})();
