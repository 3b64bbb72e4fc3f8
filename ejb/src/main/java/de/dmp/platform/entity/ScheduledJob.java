package de.dmp.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A job the timer service runs on a schedule, once per cluster: how often it ran, when and where
 * last, so that an operator sees that it runs and that it does not run twice.
 */
@Entity
@Table(name = "scheduled_job")
public class ScheduledJob {

  @Id
  @Column(length = 60)
  private String name;

  @Column(nullable = false)
  private long runs;

  @Column(name = "last_run_at", nullable = false)
  private Instant lastRunAt;

  @Column(name = "last_node", nullable = false, length = 100)
  private String lastNode;

  protected ScheduledJob() {}

  /** The job's first run. */
  public ScheduledJob(String name, String node, Instant at) {
    this.name = name;
    ran(node, at);
  }

  public void ran(String node, Instant at) {
    runs++;
    lastNode = node;
    lastRunAt = at;
  }

  public long getRuns() {
    return runs;
  }

  public Instant getLastRunAt() {
    return lastRunAt;
  }

  public String getLastNode() {
    return lastNode;
  }
}
