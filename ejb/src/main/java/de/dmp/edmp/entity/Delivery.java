package de.dmp.edmp.entity;

import java.util.List;

/**
 * A delivery to the data office as it goes onto the data medium: per interface version one or more
 * zip archives with the documentations under the interface's path, each with its Begleitdatei
 * ({@code .idx}), packed into one zip for the download. {@code archives} names the archives.
 */
public record Delivery(String name, byte[] content, List<String> archives) {

  public static final String CONTENT_TYPE = "application/zip";

  public Delivery {
    archives = List.copyOf(archives);
  }
}
