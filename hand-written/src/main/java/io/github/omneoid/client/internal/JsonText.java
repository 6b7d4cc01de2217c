package io.github.omneoid.client.internal;

/** A request body already written as JSON, sent as it is (e.g. a model with explicit nulls). */
public final class JsonText {

  final String json;

  public JsonText(String json) {
    this.json = json;
  }
}
