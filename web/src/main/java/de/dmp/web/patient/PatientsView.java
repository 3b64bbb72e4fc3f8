package de.dmp.web.patient;

import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.PatientSearch;
import de.dmp.patient.entity.Sex;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The patient list, paged by the database and searched by the words in the address ({@code q}), and
 * the form to register a patient, opened on demand.
 */
@Named
@ViewScoped
public class PatientsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;
  @Inject private ContainerValidation validation;

  private NewPatient newPatient = new NewPatient();
  private List<LookAlike> lookAlikes = List.of();
  private boolean anotherPerson;
  private boolean registering;
  private String searchText = "";
  private final LazyDataModel<Patient> list = new PatientPages();

  /**
   * Registers the patient and opens the new chart; first, a patient of the practice with the same
   * name and date of birth or the same KVNR is shown instead, to be opened or confirmed as another.
   */
  public String register() {
    if (!anotherPerson) {
      lookAlikes = patients.lookAlikes(newPatient).stream().map(LookAlike::of).toList();
      if (!lookAlikes.isEmpty()) {
        return null;
      }
    }
    Optional<Patient> registered =
        Attempts.result(() -> patients.register(newPatient), validation.interpolator());
    if (registered.isEmpty()) {
      return null;
    }
    Texts.show(
        FacesMessage.SEVERITY_INFO,
        Texts.text("patients.registered", newPatient.getFamilyName(), newPatient.getGivenName()));
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/chart?faces-redirect=true&patient=" + registered.get().getId();
  }

  /** Shows the registration form, which stays hidden while the practice only searches. */
  public void openRegistration() {
    registering = true;
  }

  public boolean isRegistering() {
    return registering;
  }

  /** Registers the patient although a look-alike was found: the user says it is someone else. */
  public String registerAnotherPerson() {
    anotherPerson = true;
    return register();
  }

  /** A patient of the practice who may be the one being registered. */
  public record LookAlike(long id, String name, LocalDate birthDate, String insuranceNumber)
      implements Serializable {
    public static LookAlike of(Patient patient) {
      return new LookAlike(
          patient.getId(),
          patient.getFamilyName() + ", " + patient.getGivenName(),
          patient.getBirthDate(),
          patient.getInsuranceNumber());
    }
  }

  public List<LookAlike> getLookAlikes() {
    return lookAlikes;
  }

  public NewPatient getNewPatient() {
    return newPatient;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public String getSearchText() {
    return searchText;
  }

  public void setSearchText(String searchText) {
    this.searchText = searchText == null ? "" : searchText;
  }

  public LazyDataModel<Patient> getList() {
    return list;
  }

  /** Pages of the filtered patients, fetched from the boundary as the table asks for them. */
  private class PatientPages extends LazyDataModel<Patient> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(patients.count(PatientSearch.typed(searchText)));
    }

    @Override
    public List<Patient> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return patients.find(PatientSearch.typed(searchText), first, pageSize);
    }

    @Override
    public String getRowKey(Patient patient) {
      return String.valueOf(patient.getId());
    }

    @Override
    public Patient getRowData(String rowKey) {
      return patients.find(Long.parseLong(rowKey)).orElse(null);
    }
  }
}
