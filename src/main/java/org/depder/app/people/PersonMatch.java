package org.depder.app.people;

/** A person found by a search: the record id and the identity, decrypted for display. */
public record PersonMatch(String id, PersonIdentity person) {}
