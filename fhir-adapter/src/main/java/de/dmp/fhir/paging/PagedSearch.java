package de.dmp.fhir.paging;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.InstantType;

/**
 * One page of a search result, fetched from the database for the {@link PageRequest} alone, so that
 * a large result is never held in memory and the next page's link works on any server.
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
  private final PageRequest page;

  public PagedSearch(
      long size,
      PageQuery<T> query,
      Function<T, ? extends IBaseResource> translator,
      RequestDetails request) {
    this.size = Math.toIntExact(size);
    this.query = query;
    this.translator = translator;
    this.page = PageRequest.of(request);
  }

  /** The requested page of a result that a search made whole, e.g. one patient's resources. */
  public static IBundleProvider of(List<? extends IBaseResource> all, RequestDetails request) {
    return new PagedSearch<IBaseResource>(
        all.size(),
        (first, count) -> List.copyOf(all.subList(first, first + count)),
        Function.identity(),
        request);
  }

  @Override
  public IPrimitiveType<Date> getPublished() {
    return published;
  }

  /** The page asked for, whatever range HAPI names: with an offset it asks for "everything". */
  @Override
  public List<IBaseResource> getResources(int fromIndex, int toIndex) {
    int from = Math.min(page.offset(), size);
    int count = Math.min(page.count(), size - from);
    if (count <= 0) {
      return List.of();
    }
    return query.fetch(from, count).stream().<IBaseResource>map(translator).toList();
  }

  @Override
  public Integer getCurrentPageOffset() {
    return page.offset();
  }

  @Override
  public Integer getCurrentPageSize() {
    return page.count();
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
