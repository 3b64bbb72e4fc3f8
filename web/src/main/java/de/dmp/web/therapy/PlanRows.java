package de.dmp.web.therapy;

import de.dmp.programme.entity.Parameter;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** The editable rows of a therapy plan, as the form's inputs hold them. */
public final class PlanRows {

  private PlanRows() {}

  /** A goal on one of the programme's measured values, with a lower and/or upper target. */
  public static final class GoalRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private BigDecimal low;
    private BigDecimal high;

    static GoalRow of(Goal goal) {
      var row = new GoalRow();
      row.code = goal.getCode();
      row.low = goal.getTargetLow();
      row.high = goal.getTargetHigh();
      return row;
    }

    /** The goal, named and measured as the programme names the value. */
    Goal toGoal(Map<String, Parameter> measured) {
      Parameter parameter = measured.get(code);
      return parameter == null
          ? new Goal(code, null, null, low, high, null)
          : new Goal(code, parameter.label(), parameter.loinc(), low, high, parameter.unit());
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public BigDecimal getLow() {
      return low;
    }

    public void setLow(BigDecimal low) {
      this.low = low;
    }

    public BigDecimal getHigh() {
      return high;
    }

    public void setHigh(BigDecimal high) {
      this.high = high;
    }
  }

  /** A drug class by its ATC code. */
  public static final class MedicationRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String atc;
    private String label;

    static MedicationRow of(Medication medication) {
      var row = new MedicationRow();
      row.atc = medication.getAtc();
      row.label = medication.getLabel();
      return row;
    }

    Medication toMedication() {
      return new Medication(atc == null ? null : atc.strip().toUpperCase(), label);
    }

    public String getAtc() {
      return atc;
    }

    public void setAtc(String atc) {
      this.atc = atc;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }

  /** A referral or one of the programme's trainings. */
  public static final class MeasureRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private Measure.Kind kind = Measure.Kind.TRAINING;
    private String code;
    private String label;

    static MeasureRow of(Measure measure) {
      var row = new MeasureRow();
      row.kind = measure.getKind();
      row.code = measure.getCode();
      row.label = measure.getLabel();
      return row;
    }

    Measure toMeasure() {
      return new Measure(kind, code, label);
    }

    public Measure.Kind getKind() {
      return kind;
    }

    public void setKind(Measure.Kind kind) {
      this.kind = kind;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }
  }
}
