package de.dmp.web.delivery;

import de.dmp.edmp.boundary.EdmpImports;
import de.dmp.edmp.boundary.ImportFile;
import de.dmp.edmp.boundary.ImportResult;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Practice;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Import of eDMP files from other software: a doctor into their practice, an administrator into the
 * practice chosen. Shows what was stored, or why the file was refused (then nothing was stored).
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EdmpImports imports;
  @Inject private Practices practices;
  @Inject private UserSession session;
  @Inject private ContainerValidation validation;

  private transient UploadedFile file;
  private Long practiceId;
  private ImportResult result;

  public void importFile() {
    result = null;
    if (file == null || file.getSize() == 0) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("import.noFile"));
      return;
    }
    var upload = new ImportFile(file.getFileName(), file.getContent());
    Long target = session.getAccount().isAdministrator() ? practiceId : null;
    Attempts.result(() -> imports.importFiles(target, List.of(upload)), validation.interpolator())
        .ifPresent(
            imported -> {
              result = imported;
              Texts.show(
                  FacesMessage.SEVERITY_INFO,
                  Texts.text("import.done", upload.name(), imported.documentations()));
            });
  }

  /** The practices an administrator chooses from. */
  public List<Practice> getPractices() {
    return practices.all();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public Long getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(Long practiceId) {
    this.practiceId = practiceId;
  }

  public ImportResult getResult() {
    return result;
  }
}
