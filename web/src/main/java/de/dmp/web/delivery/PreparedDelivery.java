package de.dmp.web.delivery;

import de.dmp.edmp.entity.Delivery;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The delivery the user built last, kept in the session for its download ({@link DeliveryServlet})
 * and for the confirmation that it reached the data office: the documentations confirmed are those
 * in the archive, not whatever is selected by then.
 */
@SessionScoped
public class PreparedDelivery implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private byte[] content;
  private List<Long> documentationIds = List.of();

  public void keep(Delivery delivery, List<Long> documentationIds) {
    this.name = delivery.name();
    this.content = delivery.content();
    this.documentationIds = List.copyOf(documentationIds);
  }

  public void clear() {
    name = null;
    content = null;
    documentationIds = List.of();
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public byte[] content() {
    return content;
  }

  public List<Long> documentationIds() {
    return documentationIds;
  }
}
