package de.dmp.fhir.paging;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * A search result that fetches each page from the database when HAPI asks for it, so that a large
 * result is never held in memory as a whole.
 *
 * @param <T> the domain type of a match
 */
public final class PagedSearch<T> implements IBundleProvider {

  /** Fetches {@code count} matches starting at {@code first}. */
  @FunctionalInterface
  public interface PageQuery<T> {
    List<T> fetch(int first, int count);
  }

  private final InstantType published = InstantType.withCurrentTime();
  private final int size;
  private final PageQuery<T> query;
  private final Function<T, ? extends IBaseResource> translator;

  public PagedSearch(
      long size, PageQuery<T> query, Function<T, ? extends IBaseResource> translator) {
    this.size = Math.toIntExact(size);
    this.query = query;
    this.translator = translator;
  }

  @Override
  public IPrimitiveType<Date> getPublished() {
    return published;
  }

  @Override
  public List<IBaseResource> getResources(int fromIndex, int toIndex) {
    int from = Math.min(fromIndex, size);
    int count = Math.min(toIndex, size) - from;
    if (count <= 0) {
      return List.of();
    }
    return query.fetch(from, count).stream().<IBaseResource>map(translator).toList();
  }

  @Override
  public String getUuid() {
    return null;
  }

  @Override
  public Integer preferredPageSize() {
    return null;
  }

  @Override
  public Integer size() {
    return size;
  }
}
