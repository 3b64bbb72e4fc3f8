package de.dmp.documentation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One parameter's value in one revision of a documentation, as entered. */
@Embeddable
public class DocumentationValue {

  @Column(nullable = false)
  private int revision;

  @Column(name = "parameter_code", nullable = false, length = 60)
  private String parameter;

  @Column(name = "value_text", nullable = false, length = 500)
  private String value;

  protected DocumentationValue() {}

  DocumentationValue(int revision, String parameter, String value) {
    this.revision = revision;
    this.parameter = parameter;
    this.value = value;
  }

  public int getRevision() {
    return revision;
  }

  public String getParameter() {
    return parameter;
  }

  public String getValue() {
    return value;
  }
}
