package de.dmp.web.calendar;

/** A follow-up was booked or moved in the dialog: the page's lists are to be read again. */
public record FollowUpBooked(long appointmentId) {}
