package de.dmp.web.documentation;

import de.dmp.documentation.boundary.DocumentationForm;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.InvalidDocumentationException;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.entity.Written;
import de.dmp.programme.entity.FieldError;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documentation form of one enrolment, generated from its programme definition. Every change is
 * kept at once as a draft on the server, so a closed tab or an expired session loses nothing that
 * was typed before; saving checks the whole documentation and stores it completely or not at all.
 */
@Named
@ViewScoped
public class DocumentationFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The field under which the server's refusals of the documentation's day are shown. */
  private static final String DATE = "date";

  @Inject private Documentations documentations;
  @Inject private Clock clock;

  private long enrolmentId;
  private Long documentationId;
  private DocumentationForm form;
  private final FormValues values = new FormValues();

  /** The last refusal's errors, said in the language the page is shown in. */
  private List<FieldError> errors = List.of();

  /** The draft being continued or the documentation being corrected, once stored. */
  private Long storedId;

  private long storedVersion;

  /** The examination's day, as the doctor dates the documentation. */
  private LocalDate date;

  /** The day the stored draft or the corrected documentation has. */
  private LocalDate storedDate;

  private LocalTime draftSavedAt;
  private boolean saved;

  /** Why the documentation cannot be corrected, e.g. its correction deadline has passed. */
  private String refusal;

  /**
   * Loads the form of the enrolment's next documentation, or with {@code documentation} the one to
   * correct; one that is not the practice's, or not correctable, shows nothing.
   */
  public void load() {
    try {
      form =
          documentationId == null
              ? documentations.form(enrolmentId, LocalDate.now(clock))
              : documentations.correctionForm(documentationId);
    } catch (IllegalTransitionException e) {
      form = null;
      refusal = Texts.text(e);
      return;
    } catch (NotFoundException | AccessDeniedException e) {
      form = null;
      return;
    }
    enrolmentId = form.enrolmentId();
    storedId = form.documentationId();
    storedVersion = form.documentationVersion();
    storedDate = form.documentedOn();
    date = storedDate == null ? LocalDate.now(clock) : storedDate;
    values.fill(form.parameters(), form.storedValues(), Texts.locale());
  }

  /**
   * Keeps what has been typed so far, with the examination's day, as the enrolment's draft; a day
   * the server refuses is said under its field and nothing is kept. A correction is kept only when
   * it is checked, as the complete documentation must not hold unchecked values.
   */
  public void keepDraft() {
    if (form.correcting()) {
      return;
    }
    try {
      storeDraft(values.written());
      draftSavedAt = LocalTime.now(clock).withNano(0);
    } catch (InvalidDocumentationException e) {
      errors = Stream.concat(withoutDate(), refused(e).stream()).toList();
    } catch (ConcurrentChangeException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text("documentation.draft.changed"));
    }
  }

  /** Stores the draft with the day; a refusal of the day shown before is then gone. */
  private void storeDraft(Map<String, String> typed) {
    Documentation draft =
        storedId == null
            ? documentations.saveDraft(visit(typed)).get(0)
            : documentations.redraft(storedId, storedVersion, date, typed);
    storedId = draft.getId();
    storedVersion = draft.getVersion();
    storedDate = draft.getDocumentedOn();
    errors = withoutDate().toList();
  }

  private Stream<FieldError> withoutDate() {
    return errors.stream().filter(error -> !error.parameter().equals(DATE));
  }

  private static List<FieldError> refused(InvalidDocumentationException refusal) {
    return refusal.getErrorsByProgramme().values().stream().flatMap(List::stream).toList();
  }

  /** Checks and stores the documentation as complete; on refusal every error by its field. */
  public void save() {
    Map<String, String> typed = values.written();
    try {
      if (storedId == null) {
        storedId = documentations.documentVisit(visit(typed)).get(0).getId();
      } else {
        if (!form.correcting() && !date.equals(storedDate)) {
          storeDraft(typed);
        }
        documentations.correct(storedId, storedVersion, typed);
      }
      saved = true;
      errors = List.of();
      Texts.show(
          FacesMessage.SEVERITY_INFO,
          Texts.text(form.correcting() ? "documentation.corrected" : "documentation.saved"));
    } catch (InvalidDocumentationException e) {
      errors = refused(e);
      showBeyondTheFields();
    } catch (IllegalTransitionException e) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text(e));
    } catch (ConcurrentChangeException e) {
      Texts.show(
          FacesMessage.SEVERITY_WARN,
          Texts.text(
              form.correcting()
                  ? "documentation.correction.changed"
                  : "documentation.draft.changed"));
    }
  }

  /**
   * Shows the refusal: what concerns the documentation as a whole (a second one in its period) as a
   * message of its own, since no field could show it, then how many fields are marked, the
   * examination date among them. A second documentation the notice above the form already names is
   * pointed to there, as the notice stays in whichever language is chosen, while a message goes
   * with the page it was said on.
   */
  private void showBeyondTheFields() {
    Set<String> fields =
        form.parameters().stream()
            .map(Parameter::code)
            .collect(Collectors.toCollection(HashSet::new));
    fields.add(DATE);
    Locale locale = Texts.locale();
    errors.stream()
        .filter(error -> isPeriodDocumented(error) || !fields.contains(error.parameter()))
        .forEach(
            error ->
                Texts.show(
                    FacesMessage.SEVERITY_ERROR,
                    isInTheNotice(error)
                        ? Texts.text("documentation.refused.periodDocumented")
                        : sentence(error.message(locale))));
    long marked =
        errors.stream()
            .filter(error -> !isPeriodDocumented(error))
            .map(FieldError::parameter)
            .filter(fields::contains)
            .distinct()
            .count();
    if (marked > 0) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("documentation.refused", marked));
    }
  }

  /** A second documentation in the period: refused under the date, but about the whole. */
  private static boolean isPeriodDocumented(FieldError error) {
    return error.problem().startsWith("periodDocumented");
  }

  private boolean isInTheNotice(FieldError error) {
    return form.periodDocumented() != null && form.periodDocumented().reason().equals(error);
  }

  /** A field error's words as a sentence of its own, above the form rather than beside a field. */
  private static String sentence(String message) {
    return message.substring(0, 1).toUpperCase(Texts.locale()) + message.substring(1) + ".";
  }

  /**
   * Why a new documentation of this period would be refused, said before anything is typed: the
   * documentation already there, to be corrected instead.
   */
  public String getPeriodDocumented() {
    return form.periodDocumented() == null
        ? null
        : sentence(form.periodDocumented().reason().message(Texts.locale()));
  }

  private VisitDocumentation visit(Map<String, String> typed) {
    return new VisitDocumentation(
        form.patientId(), null, date, List.of(new ProgrammeDocumentation(enrolmentId, typed)));
  }

  /** The refusal's errors by field, in the language the page is shown in. */
  public Map<String, String> getErrors() {
    Locale locale = Texts.locale();
    Map<String, String> byField = new LinkedHashMap<>();
    errors.stream()
        .filter(error -> !isPeriodDocumented(error))
        .forEach(
            error ->
                byField.merge(error.parameter(), error.message(locale), (a, b) -> a + "; " + b));
    return byField;
  }

  /**
   * Whether the field is chosen by checkboxes: several choices, or a field of one value that is
   * chosen or not ("Nicht bestimmt"), which a radio button, once clicked, would not let go.
   */
  public boolean checkbox(Parameter parameter) {
    return FormValues.checkbox(parameter);
  }

  /** Whether the field must be filled in, given what has been typed so far. */
  public boolean required(Parameter parameter) {
    return parameter.isRequiredWith(values.written());
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  /** The form's sections, titled in the language the page is shown in, also after a switch. */
  public List<FormSection> getSections() {
    return FormSection.of(form.parameters(), Texts.locale());
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public void setEnrolmentId(long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }

  public Long getDocumentationId() {
    return documentationId;
  }

  public void setDocumentationId(Long documentationId) {
    this.documentationId = documentationId;
  }

  /** The stored documentation, once saved: the record to open from the confirmation. */
  public Long getSavedId() {
    return saved ? storedId : null;
  }

  public DocumentationForm getForm() {
    return form;
  }

  public FormValues getValues() {
    return values;
  }

  public LocalTime getDraftSavedAt() {
    return draftSavedAt;
  }

  /** Whether the form starts with answers carried over from the previous documentation. */
  public boolean isCarriedOver() {
    return form.documentationId() == null && !form.storedValues().isEmpty();
  }

  public boolean isSaved() {
    return saved;
  }

  /** The form's values as the inputs hold them: text, one choice, or several. */
  public static final class FormValues implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, String[]> multiple = new HashMap<>();

    public Map<String, String> getSingle() {
      return single;
    }

    public Map<String, String[]> getMultiple() {
      return multiple;
    }

    /**
     * Several choices go to their checkboxes, everything else to its one input; a number as the
     * reader's language writes it (a carried-over height 1,79 in German, not the stored 1.79).
     */
    void fill(List<Parameter> parameters, Map<String, String> stored, Locale locale) {
      for (Parameter parameter : parameters) {
        String raw = stored.get(parameter.code());
        if (raw != null && checkbox(parameter)) {
          multiple.put(parameter.code(), ParameterValue.codes(raw).toArray(String[]::new));
        } else if (raw != null && parameter.type() == ParameterType.QUANTITY) {
          single.put(
              parameter.code(),
              ParameterValue.number(raw).map(n -> Written.number(n, locale)).orElse(raw));
        } else if (raw != null) {
          single.put(parameter.code(), raw);
        }
      }
    }

    static boolean checkbox(Parameter parameter) {
      return parameter.type() == ParameterType.CODES
          || (parameter.type() == ParameterType.CODE && parameter.values().size() == 1);
    }

    /** What has been filled in, as the programme definition reads values. */
    Map<String, String> written() {
      Map<String, String> written = new HashMap<>();
      single.forEach((code, raw) -> putIfFilled(written, code, raw));
      multiple.forEach(
          (code, chosen) ->
              putIfFilled(written, code, String.join(ParameterValue.SEPARATOR, chosen)));
      return written;
    }

    private static void putIfFilled(Map<String, String> written, String code, String raw) {
      if (raw != null && !raw.isBlank()) {
        written.put(code, raw.strip());
      }
    }
  }

  public String getRefusal() {
    return refusal;
  }
}
