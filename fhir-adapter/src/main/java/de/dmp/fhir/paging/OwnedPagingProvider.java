package de.dmp.fhir.paging;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * HAPI's in-memory paging of search results, with each stored search bound to the user who made it:
 * a paging link that another user follows finds nothing (410 Gone), so a result that was checked
 * for one caller is never served to another.
 */
public final class OwnedPagingProvider extends FifoMemoryPagingProvider {

  private final Map<String, String> owners;

  public OwnedPagingProvider(int searchesKept) {
    super(searchesKept);
    owners =
        new LinkedHashMap<>() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > searchesKept;
          }
        };
  }

  @Override
  public synchronized String storeResultList(RequestDetails request, IBundleProvider list) {
    String id = super.storeResultList(request, list);
    owners.put(id, user(request));
    return id;
  }

  @Override
  public synchronized IBundleProvider retrieveResultList(RequestDetails request, String id) {
    String owner = owners.get(id);
    return owner != null && owner.equals(user(request))
        ? super.retrieveResultList(request, id)
        : null;
  }

  /** The authenticated user of the request; searches are only made by authenticated users. */
  private static String user(RequestDetails request) {
    return request instanceof ServletRequestDetails servlet
        ? Objects.requireNonNullElse(servlet.getServletRequest().getRemoteUser(), "")
        : "";
  }
}
