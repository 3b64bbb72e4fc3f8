package de.dmp.web.documentation;

import de.dmp.documentation.boundary.DocumentationForm;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.InvalidDocumentationException;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.programme.entity.ParameterValue;
import de.dmp.security.boundary.AccessDeniedException;
import de.dmp.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documentation form of one enrolment, generated from its programme definition. Every change is
 * kept at once as a draft on the server, so a closed tab or an expired session loses nothing that
 * was typed before; saving checks the whole documentation and stores it completely or not at all.
 */
@Named
@ViewScoped
public class DocumentationFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Documentations documentations;
  @Inject private Clock clock;

  private long enrolmentId;
  private DocumentationForm form;
  private final FormValues values = new FormValues();
  private Map<String, String> errors = Map.of();
  private Long draftId;
  private long draftVersion;
  private LocalTime draftSavedAt;
  private boolean saved;
  private List<Section> sections = List.of();

  public void load() {
    try {
      form = documentations.form(enrolmentId, LocalDate.now(clock));
    } catch (NotFoundException | AccessDeniedException e) {
      form = null;
      return;
    }
    draftId = form.draftId();
    draftVersion = form.draftVersion();
    values.fill(form.parameters(), form.draftValues());
    sections = sectionsOf(form.parameters());
  }

  /** Keeps what has been typed so far as the enrolment's draft. */
  public void keepDraft() {
    Map<String, String> typed = values.written();
    try {
      Documentation draft =
          draftId == null
              ? documentations.saveDraft(visit(typed)).get(0)
              : documentations.redraft(draftId, draftVersion, typed);
      draftId = draft.getId();
      draftVersion = draft.getVersion();
      draftSavedAt = LocalTime.now(clock).withNano(0);
    } catch (ConcurrentChangeException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text("documentation.draft.changed"));
    }
  }

  /** Checks and stores the documentation as complete; on refusal every error by its field. */
  public void save() {
    Map<String, String> typed = values.written();
    try {
      if (draftId == null) {
        documentations.documentVisit(visit(typed));
      } else {
        documentations.correct(draftId, draftVersion, typed);
      }
      saved = true;
      errors = Map.of();
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("documentation.saved"));
    } catch (InvalidDocumentationException e) {
      errors = byField(e);
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("documentation.refused", errors.size()));
    } catch (ConcurrentChangeException e) {
      Texts.show(FacesMessage.SEVERITY_WARN, Texts.text("documentation.draft.changed"));
    }
  }

  private VisitDocumentation visit(Map<String, String> typed) {
    return new VisitDocumentation(
        form.patientId(),
        null,
        LocalDate.now(clock),
        List.of(new ProgrammeDocumentation(enrolmentId, typed)));
  }

  /** The refusal's errors by field, in the user's language. */
  private static Map<String, String> byField(InvalidDocumentationException refusal) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Map<String, String> byField = new LinkedHashMap<>();
    refusal.getErrorsByProgramme().values().stream()
        .flatMap(List::stream)
        .forEach(
            error ->
                byField.merge(error.parameter(), error.message(locale), (a, b) -> a + "; " + b));
    return byField;
  }

  /** Whether the field must be filled in, given what has been typed so far. */
  public boolean required(Parameter parameter) {
    return parameter.isRequiredWith(values.written());
  }

  /** The form's sections in the programme's order, each with its fields. */
  private static List<Section> sectionsOf(List<Parameter> parameters) {
    Map<String, List<Parameter>> sections = new LinkedHashMap<>();
    parameters.forEach(p -> sections.computeIfAbsent(p.section(), s -> new ArrayList<>()).add(p));
    return sections.entrySet().stream()
        .map(section -> new Section(section.getKey(), List.copyOf(section.getValue())))
        .toList();
  }

  /** A heading of the programme's form and its fields. */
  public record Section(String title, List<Parameter> parameters) implements Serializable {}

  public List<Section> getSections() {
    return sections;
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public void setEnrolmentId(long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }

  public DocumentationForm getForm() {
    return form;
  }

  public FormValues getValues() {
    return values;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public LocalTime getDraftSavedAt() {
    return draftSavedAt;
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

    /** Several choices go to their checkboxes, everything else to its one input. */
    void fill(List<Parameter> parameters, Map<String, String> stored) {
      for (Parameter parameter : parameters) {
        String raw = stored.get(parameter.code());
        if (raw != null && parameter.type() == ParameterType.CODES) {
          multiple.put(parameter.code(), ParameterValue.codes(raw).toArray(String[]::new));
        } else if (raw != null) {
          single.put(parameter.code(), raw);
        }
      }
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
}
