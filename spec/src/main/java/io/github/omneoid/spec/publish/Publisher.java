package io.github.omneoid.spec.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives the published spec from the source spec: four rules, applied to a deep copy (the source tree is left
 * as it is).
 *
 * <ol>
 *   <li>{@link ConnectionScope}: every operation marked {@code x-omneo-connection-scoped: true} is declared again
 *       under {@code /profiles/connection/{connectionId}};</li>
 *   <li>{@link SchemaForms}: {@code x-omneo-also} forms become {@code anyOf} alternatives, and nullable
 *       references ({@code nullable: true} beside {@code allOf: [$ref]}) become an {@code anyOf} of the reference
 *       and a null-only schema;</li>
 *   <li>{@link Portable}: generator hints of this project's own build are left out, {@code x-omneo-union}
 *       schemas become {@code anyOf}, and response enums are open ({@code x-extensible-enum});</li>
 *   <li>a paragraph at the end of {@code info.description} says that the document is derived, and how.</li>
 * </ol>
 * Everything else (vendor extensions, order of keys, examples) is kept as it is.
 */
public final class Publisher {

  /** The published spec and what the rules did to it. */
  public static final class Result {
    private final ObjectNode spec;
    private final ConnectionScope.Stats scope;
    private final SchemaForms.Stats forms;
    private final Portable.Stats portable;

    Result(ObjectNode spec, ConnectionScope.Stats scope, SchemaForms.Stats forms, Portable.Stats portable) {
      this.spec = spec;
      this.scope = scope;
      this.forms = forms;
      this.portable = portable;
    }

    public ObjectNode spec() {
      return spec;
    }

    public ConnectionScope.Stats scope() {
      return scope;
    }

    public SchemaForms.Stats forms() {
      return forms;
    }

    public String summary() {
      return scope + "; " + forms + "; " + portable;
    }
  }

  static final String NOTE = "## Published form\n\n"
      + "This is the **published** form of the spec, derived by the build from the hand-authored source"
      + " (`spec/omneo-id.yaml` in the omneo-id-java repository) so that generic tools read it as the API behaves:"
      + " every operation marked `x-omneo-connection-scoped` is also declared under"
      + " `/profiles/connection/{connectionId}` (operationId suffix `ForConnection`, `x-omneo-connection-twin-of`"
      + " names the original); the other JSON forms a property arrives in (`x-omneo-also`) are `anyOf`"
      + " alternatives; and a nullable reference is an `anyOf` of the reference and a schema that accepts only"
      + " `null`; response enums are open (a plain string, the known values in `x-extensible-enum`), a value"
      + " typed by another property is an `anyOf` of the records it can be, and the source's hints for its own"
      + " Java generator (the Java interfaces its models implement) are left out. The connection-scoped twins"
      + " are extrapolated from the official SDK's path rewrite (`x-omneo-twin-evidence`). Edit the source,"
      + " never this file.\n";

  private Publisher() {
  }

  public static Result publish(ObjectNode source) {
    ObjectNode spec = source.deepCopy();
    // Before the forms: the enums those add (a boolean's "0"/"1", the null-only branch) stay closed.
    Portable.Stats portable = Portable.apply(spec);
    SchemaForms.Stats forms = SchemaForms.apply(spec);
    ConnectionScope.Stats scope = ConnectionScope.apply(spec);
    ObjectNode info = spec.withObjectProperty("info");
    String description = info.path("description").asText("");
    info.put("description", description.isEmpty() ? NOTE
        : description + (description.endsWith("\n") ? "\n" : "\n\n") + NOTE);
    return new Result(spec, scope, forms, portable);
  }
}
