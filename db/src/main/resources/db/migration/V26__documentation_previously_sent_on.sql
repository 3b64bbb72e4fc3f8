-- Issue 19: a sent documentation corrected before the correction deadline (day 52 after its quarter)
-- goes out again in the next archive; the send list shows it as "corrected after sending". The day of
-- its earlier delivery is kept here, as the correction clears sent_on.
ALTER TABLE documentation ADD COLUMN previously_sent_on DATE NULL;
