package de.dmp.web.worklist;

import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.rules.boundary.ExpectedDocumentations;
import de.dmp.rules.boundary.QuarterGlance;
import de.dmp.rules.boundary.WorklistCategory;
import de.dmp.rules.boundary.WorklistEntry;
import de.dmp.rules.boundary.WorklistOrder;
import de.dmp.rules.boundary.WorklistPage;
import de.dmp.rules.boundary.WorklistQuery;
import de.dmp.rules.boundary.Worklists;
import de.dmp.web.Texts;
import de.dmp.web.UserSession;
import de.dmp.web.verdict.ExclusionDecided;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The doctor's worklist: what the rules engine says is due, overdue or close to exclusion in the
 * practice, paged by the database.
 */
@Named
@ViewScoped
public class WorklistView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Worklists worklists;
  @Inject private ExpectedDocumentations expected;
  @Inject private Programmes programmes;
  @Inject private UserSession session;

  private WorklistCategory category = WorklistCategory.ALL;
  private WorklistOrder order = WorklistOrder.URGENCY;
  private String programme;
  private List<String> programmeCodes;
  private final LazyDataModel<WorklistEntry> entries = new Entries();
  private final Map<WorklistCategory, Long> counts = new EnumMap<>(WorklistCategory.class);
  private QuarterGlance glance;

  @PostConstruct
  void listProgrammes() {
    programmeCodes =
        programmes.all().stream().map(ProgrammeDefinition::code).distinct().sorted().toList();
  }

  /** The quarter's documentations counted once per view, not at every rendering. */
  public QuarterGlance getGlance() {
    if (glance == null) {
      glance = expected.glance(session.getAccount().practiceId());
    }
    return glance;
  }

  public WorklistCategory[] getCategories() {
    return WorklistCategory.values();
  }

  /**
   * A filter's name with how many entries it holds for the programme chosen, so that a busy morning
   * starts with the numbers; counted once per programme chosen, not at every rendering and
   * validation of the filter buttons.
   */
  public String categoryLabel(WorklistCategory shown) {
    long count =
        counts.computeIfAbsent(
            shown,
            category ->
                worklists.count(
                    session.getAccount().practiceId(),
                    new WorklistQuery(category, programme, order, 0, 1)));
    return Texts.text("worklist.category." + shown) + " (" + count + ")";
  }

  public WorklistOrder[] getOrders() {
    return WorklistOrder.values();
  }

  public List<String> getProgrammeCodes() {
    return programmeCodes;
  }

  public WorklistCategory getCategory() {
    return category;
  }

  public void setCategory(WorklistCategory category) {
    this.category = category == null ? WorklistCategory.ALL : category;
  }

  public WorklistOrder getOrder() {
    return order;
  }

  public void setOrder(WorklistOrder order) {
    this.order = order == null ? WorklistOrder.URGENCY : order;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme == null || programme.isBlank() ? null : programme;
    counts.clear();
  }

  /** A decided exclusion leaves its filter: the counts are counted anew. */
  void onExclusionDecided(@Observes(notifyObserver = Reception.IF_EXISTS) ExclusionDecided event) {
    counts.clear();
  }

  public LazyDataModel<WorklistEntry> getEntries() {
    return entries;
  }

  /** Pages of the worklist as the table asks for them: a count, then the page it shows. */
  private class Entries extends LazyDataModel<WorklistEntry> {

    private static final long serialVersionUID = 1L;

    private WorklistQuery query(int first, int max) {
      return new WorklistQuery(category, programme, order, first, max);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(worklists.count(session.getAccount().practiceId(), query(0, 1)));
    }

    @Override
    public List<WorklistEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      WorklistPage page =
          worklists.worklist(session.getAccount().practiceId(), query(first, pageSize));
      setRowCount(Math.toIntExact(page.total()));
      return page.entries();
    }

    @Override
    public String getRowKey(WorklistEntry entry) {
      return entry.enrolmentId() + "-" + entry.verdict().ruleId();
    }
  }
}
