-- Issue 20: a booked follow-up can be moved to another time; the times it was booked for before
-- are kept, with when it was moved, so that the practice can see how it was arranged.
CREATE TABLE appointment_earlier_time (
  appointment_id BIGINT      NOT NULL,
  scheduled_at   DATETIME(6) NOT NULL,
  moved_at       DATETIME(6) NOT NULL,
  CONSTRAINT earlier_time_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
