package de.dmp.programme.entity;

/** One failing documentation field: the parameter's code, its G-BA label and what is wrong. */
public record FieldError(String parameter, String label, String message) {

  @Override
  public String toString() {
    return label + ": " + message;
  }
}
