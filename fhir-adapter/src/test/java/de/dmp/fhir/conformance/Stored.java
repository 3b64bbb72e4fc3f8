package de.dmp.fhir.conformance;

import java.lang.reflect.Field;

/** Sets on a domain object built in a test what the database would have set: ids, versions. */
public final class Stored {

  private Stored() {}

  public static <T> T with(T record, String field, Object value) {
    try {
      Field declared = record.getClass().getDeclaredField(field);
      declared.setAccessible(true);
      declared.set(record, value);
      return record;
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no field " + field + " in " + record.getClass(), e);
    }
  }
}
