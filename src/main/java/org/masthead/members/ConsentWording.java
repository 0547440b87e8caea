package org.masthead.members;

/** A version of what a consent form says for a purpose; never changed once stored (an edit adds a version). */
public record ConsentWording(long id, String purpose, int version, String text) {
}
