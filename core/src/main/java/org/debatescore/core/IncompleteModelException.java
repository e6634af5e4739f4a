package org.debatescore.core;

/** A builder was asked to build an object that lacks a required field. */
public class IncompleteModelException extends DebatescoreException {
  private static final long serialVersionUID = 1L;
  private final String objectType;
  private final String field;

  public IncompleteModelException(String objectType, String id, String field) {
    super(
        objectType
            + (id == null ? "" : " <" + id + ">")
            + ": required field '"
            + field
            + "' is missing");
    this.objectType = objectType;
    this.field = field;
  }

  public String objectType() {
    return objectType;
  }

  public String field() {
    return field;
  }
}
