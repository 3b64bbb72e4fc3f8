package de.dmp.web.delivery;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.edmp.boundary.Deliveries;
import de.dmp.edmp.boundary.SendList;
import de.dmp.edmp.boundary.SendListEntry;
import de.dmp.platform.time.Quarter;
import de.dmp.web.Attempts;
import de.dmp.web.ContainerValidation;
import de.dmp.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarter's send list (Versand), of all programmes or of one: the practice's documentations
 * still to go to the data office, all selected, the drafts still to complete, the archive of the
 * selection to download, and the confirmation that it was delivered, which alone marks them sent.
 */
@Named
@ViewScoped
public class SendListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Deliveries deliveries;
  @Inject private Documentations documentations;
  @Inject private PreparedDelivery prepared;
  @Inject private ContainerValidation validation;
  @Inject private Clock clock;

  private SendList list;
  private String programme;
  private List<SendListEntry> selected = new ArrayList<>();

  @PostConstruct
  void load() {
    list = deliveries.sendList();
    if (!list.programmes().contains(programme)) {
      programme = null;
    }
    selectShown();
  }

  /** Shows the chosen programme's list (all for none), its documentations to send all selected. */
  public void selectShown() {
    selected = new ArrayList<>(getShown().toSend());
  }

  /** Builds the archive of the selection for download; nothing is marked sent. */
  public void build() {
    List<Long> ids = selected.stream().map(SendListEntry::documentationId).toList();
    Attempts.result(() -> deliveries.archive(ids), validation.interpolator())
        .ifPresent(
            delivery -> {
              prepared.keep(delivery, ids);
              Texts.show(
                  FacesMessage.SEVERITY_INFO,
                  Texts.text("sendList.built", ids.size(), delivery.archives().size()));
            });
  }

  /** Records that the archive built last reached the data office today. */
  public void confirm() {
    List<Long> ids = prepared.documentationIds();
    if (Attempts.attempt(
        () -> documentations.markSent(ids, LocalDate.now(clock)), validation.interpolator())) {
      prepared.clear();
      load();
      Texts.show(FacesMessage.SEVERITY_INFO, Texts.text("sendList.confirmed", ids.size()));
    }
  }

  /** Drops the archive built last, e.g. after the test module refused it. */
  public void discard() {
    prepared.clear();
  }

  public SendList getList() {
    return list;
  }

  /** The list of the chosen programme, or the whole list. */
  public SendList getShown() {
    return list.of(programme);
  }

  /**
   * The quarters whose deadlines matter today: the current one, and the previous one until its
   * correction deadline.
   */
  public List<Quarter> getDeadlines() {
    Quarter current = list.quarter();
    Quarter previous = current.plus(-1);
    return LocalDate.now(clock).isAfter(previous.correctionDeadline())
        ? List.of(current)
        : List.of(previous, current);
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme == null || programme.isBlank() ? null : programme;
  }

  public List<SendListEntry> getSelected() {
    return selected;
  }

  public void setSelected(List<SendListEntry> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getPreparedName() {
    return prepared.name().orElse(null);
  }

  public int getPreparedCount() {
    return prepared.documentationIds().size();
  }
}
