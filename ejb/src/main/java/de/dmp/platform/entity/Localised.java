package de.dmp.platform.entity;

import java.io.Serializable;
import java.util.Locale;

/**
 * An argument of a message that has a text of its own per language, e.g. a programme's title: the
 * G-BA's German for German readers, its English title for English ones.
 */
public interface Localised extends Serializable {

  String in(Locale locale);
}
