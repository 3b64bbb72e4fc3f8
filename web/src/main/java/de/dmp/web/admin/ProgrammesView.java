package de.dmp.web.admin;

import de.dmp.programme.boundary.InvalidProgrammeException;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** The programme definitions in use, and loading a new version from its JSON. */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Programmes programmes;

  private List<Loaded> loaded;
  private String json;

  /** A loaded definition as the list shows it. */
  public record Loaded(String code, String version, String title, LocalDate validFrom)
      implements Serializable {}

  @PostConstruct
  void load() {
    loaded =
        programmes.all().stream()
            .map(p -> new Loaded(p.code(), p.version(), p.title(), p.validFrom()))
            .sorted(Comparator.comparing(Loaded::code).thenComparing(Loaded::validFrom))
            .toList();
  }

  /** A definition file, shown as its JSON to be checked and loaded like pasted text. */
  public void upload(FileUploadEvent event) {
    json = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
    Texts.show(
        FacesMessage.SEVERITY_INFO,
        Texts.text("admin.programmes.uploaded", event.getFile().getFileName()));
  }

  public void add() {
    if (json == null || json.isBlank()) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("admin.programmes.empty"));
      return;
    }
    try {
      // A text area sends its lines ended by CR LF; stored with the file's LF, a download of the
      // version is the file that was chosen.
      ProgrammeDefinition added = programmes.add(json.replace("\r\n", "\n"));
      Texts.show(
          FacesMessage.SEVERITY_INFO,
          Texts.text("admin.programmes.loaded", added.code(), added.version()));
      json = null;
      load();
    } catch (InvalidProgrammeException e) {
      Texts.show(FacesMessage.SEVERITY_ERROR, Texts.text("admin.programmes.refused"));
      e.problems()
          .forEach(
              problem -> Texts.show(FacesMessage.SEVERITY_ERROR, problem.text(Texts.locale())));
    }
  }

  public List<Loaded> getLoaded() {
    return loaded;
  }

  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }
}
