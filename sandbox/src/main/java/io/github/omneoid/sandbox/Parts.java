package io.github.omneoid.sandbox;

/** The pieces every route family works with, built once per sandbox around one store. */
final class Parts {
  final Store store;
  final TokenService tokens;
  final ProfileFields fields;
  final Loyalty loyalty;
  final Render render;
  final Aggregations aggregations;

  Parts(Store store, TokenService tokens) {
    this.store = store;
    this.tokens = tokens;
    this.fields = new ProfileFields(store);
    this.loyalty = new Loyalty(store);
    this.render = new Render(store, loyalty);
    this.aggregations = new Aggregations(store);
  }
}
