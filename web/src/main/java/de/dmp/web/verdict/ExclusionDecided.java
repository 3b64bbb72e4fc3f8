package de.dmp.web.verdict;

/** A doctor confirmed or dismissed a proposed exclusion: the page showing it reads anew. */
public record ExclusionDecided(long enrolmentId) {}
