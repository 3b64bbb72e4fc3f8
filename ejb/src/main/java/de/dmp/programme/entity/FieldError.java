package de.dmp.programme.entity;

/** One failing documentation field: the parameter's code, its G-BA label and what is wrong. */
public record FieldError(String parameter, String label, String message) {

  static final String REQUIRED = "is required";

  /** Whether the field is missing rather than wrong. */
  public boolean isMissing() {
    return message.startsWith(REQUIRED);
  }

  @Override
  public String toString() {
    return label + ": " + message;
  }
}
