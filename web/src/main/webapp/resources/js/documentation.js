/*
 * After a refused save the page would stay where it was, with no error in view: bring the first
 * field in error into the middle of the window and put the cursor in it.
 */
window.dmpFocusFirstError = function () {
  var error = document.querySelector('.dmp-field-error');
  if (!error) {
    return;
  }
  var field = error.closest('.dmp-field');
  field.scrollIntoView({block: 'center'});
  var input = field.querySelector('input:not([type=hidden])');
  if (input) {
    input.focus({preventScroll: true});
  }
};
