package de.dmp.edmp.entity;

/**
 * An eDMP file we cannot take: which file, which element and why, so that whoever sends it can find
 * the place.
 */
public class UnreadableEdmpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String element;
  private final String reason;

  public UnreadableEdmpException(String file, String element, String reason) {
    super((file.isEmpty() ? "" : file + ": ") + element + ": " + reason);
    this.file = file;
    this.element = element;
    this.reason = reason;
  }

  /** The same problem, named for the file it was found in. */
  public UnreadableEdmpException in(String fileName) {
    return new UnreadableEdmpException(fileName, element, reason);
  }

  public String getFile() {
    return file;
  }

  public String getElement() {
    return element;
  }

  public String getReason() {
    return reason;
  }
}
