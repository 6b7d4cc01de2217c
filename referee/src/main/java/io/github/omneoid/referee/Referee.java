package io.github.omneoid.referee;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outside referee: the Atlassian swagger-request-validator ({@code OpenApiInteractionValidator}) judging HTTP
 * exchanges against the <b>published</b> spec, read from the {@code omneo-id-spec} jar
 * ({@value #SPEC_RESOURCE}). Our spec, sandbox and contracts come from one reading of the API; this library
 * did not, so its verdict is the one the gates trust (docs/gates.md, "Referee gate").
 *
 * <p>Paths are accepted with or without the API's base path {@value #BASE_PATH} (it is stripped, and the spec's
 * paths are matched below it). Only messages at the validator's {@code ERROR} level count; its defaults are kept
 * (e.g. an undeclared query key is {@code IGNORE}: list routes pass {@code filter[...]} keys through).
 *
 * <p>Thread-safe: one instance can judge exchanges from many threads.
 */
public final class Referee {

  /** The API's base path on every tenant. */
  public static final String BASE_PATH = "/id/api/v1";
  /** Where the spec jar carries the published spec. */
  public static final String SPEC_RESOURCE = "META-INF/openapi/omneo-id.yaml";

  /** Long enough for every reason seen so far; a message quoting a whole object is cut. */
  private static final int MAX_MESSAGE = 400;
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");
  private static final Pattern COMBINATOR = Pattern.compile("((?:anyOf|oneOf|allOf)/\\d+.*)");
  private static final Pattern ID_SEGMENT = Pattern.compile(
      "^([0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  private static volatile Referee published;

  private final OpenApiInteractionValidator validator;
  private final OpenAPI api;

  private Referee(String specYaml) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specYaml).build();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(specYaml, null, options);
    if (parsed.getOpenAPI() == null) {
      throw new IllegalArgumentException("the spec does not parse: " + parsed.getMessages());
    }
    this.api = parsed.getOpenAPI();
  }

  /** The referee for the published spec on the classpath (the {@code omneo-id-spec} jar); loaded once. */
  public static Referee publishedSpec() {
    Referee r = published;
    if (r == null) {
      synchronized (Referee.class) {
        r = published;
        if (r == null) {
          published = r = new Referee(readSpec());
        }
      }
    }
    return r;
  }

  /** A referee for another spec (tests of the referee itself). */
  public static Referee forSpec(String specYaml) {
    return new Referee(specYaml);
  }

  private static String readSpec() {
    ClassLoader loader = Referee.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath: depend on omneo-id-spec");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a violation is what the exchange was about: a 400 or 422 answer to a request body the spec forbids (an
   * address without its postcode) pins the server's validation, so that the request body breaks the spec is the
   * point, not a mistake. Only the request body's schema qualifies; path, query, headers and the error response
   * are still judged. The gates leave these out (and count them).
   */
  public static boolean rejectedOnPurpose(Exchange exchange, Violation v) {
    return (exchange.status() == 400 || exchange.status() == 422) && v.part().equals("request")
        && v.rule().startsWith("validation.request.body.schema.");
  }

  /** {@code /id/api/v1/profiles/me} and {@code /profiles/me} both become {@code /profiles/me}. */
  public static String stripBasePath(String path) {
    if (path.equals(BASE_PATH)) {
      return "/";
    }
    return path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path;
  }

  /** Everything wrong with the request and the response of this exchange; empty when the spec allows both. */
  public List<Violation> judge(Exchange exchange) {
    String path = stripBasePath(exchange.path);
    SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method, path);
    exchange.requestHeaders.forEach((name, values) -> request.withHeader(name, values));
    exchange.query.forEach((name, values) -> request.withQueryParam(name, values));
    if (exchange.requestBody != null) {
      request.withBody(exchange.requestBody);
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status);
    exchange.responseHeaders.forEach((name, values) -> response.withHeader(name, values));
    if (exchange.responseBody != null && !exchange.responseBody.isEmpty()) {
      response.withBody(exchange.responseBody);
    }
    ValidationReport report = validator.validate(request.build(), response.build());
    return violations(report, exchange.method, path, exchange.status);
  }

  /**
   * Everything wrong with this body as the response {@code status} of the operation {@code operationId} (a
   * response recorded without its request, e.g. the conformance corpus).
   */
  public List<Violation> judgeResponse(String operationId, int status, String contentType, String body) {
    Map.Entry<String, PathItem.HttpMethod> route = route(operationId);
    String path = samplePath(route.getKey(), operation(route.getKey(), route.getValue()));
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withContentType(contentType);
    if (body != null) {
      response.withBody(body);
    }
    Request.Method method = Request.Method.valueOf(route.getValue().name());
    ValidationReport report = validator.validateResponse(path, method, response.build());
    List<Violation> out = violations(report, method.name(), path, status);
    for (Violation v : out) {
      if (!v.operation().equals(operationId)) {
        throw new IllegalStateException(path + " was matched to " + v.operation() + ", not " + operationId);
      }
    }
    return out;
  }

  /** The operationIds of the spec, each with its path template and method. */
  public Map<String, String> operations() {
    Map<String, String> out = new java.util.TreeMap<>();
    api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach(
        (method, op) -> out.put(op.getOperationId(), method + " " + template)));
    return out;
  }

  private Map.Entry<String, PathItem.HttpMethod> route(String operationId) {
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
        if (operationId.equals(op.getValue().getOperationId())) {
          return Map.entry(path.getKey(), op.getKey());
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in the published spec");
  }

  private Operation operation(String template, PathItem.HttpMethod method) {
    return api.getPaths().get(template).readOperationsMap().get(method);
  }

  /** The template with each parameter replaced by a value of its type: {@code 1} for numbers, else {@code x}. */
  private String samplePath(String template, Operation op) {
    List<Parameter> parameters = new ArrayList<>();
    Optional.ofNullable(api.getPaths().get(template).getParameters()).ifPresent(parameters::addAll);
    Optional.ofNullable(op.getParameters()).ifPresent(parameters::addAll);
    Matcher m = TEMPLATE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String type = parameters.stream().filter(p -> m.group(1).equals(p.getName()) && "path".equals(p.getIn()))
          .map(p -> p.getSchema() == null ? null : p.getSchema().getType()).filter(t -> t != null).findFirst()
          .orElse("string");
      m.appendReplacement(out, type.equals("integer") || type.equals("number") ? "1" : "x");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static List<Violation> violations(ValidationReport report, String method, String path, int status) {
    Set<Violation> out = new LinkedHashSet<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      Optional<MessageContext> context = m.getContext();
      String operation = context.flatMap(MessageContext::getApiOperation).map(ApiOperation::getOperation)
          .map(Operation::getOperationId).orElseGet(() -> method.toUpperCase(Locale.ROOT) + " " + shape(path));
      boolean request = context.flatMap(MessageContext::getLocation)
          .map(l -> l == MessageContext.Location.REQUEST).orElse(m.getKey().startsWith("validation.request"));
      String part = request ? "request" : "response " + status;
      out.add(new Violation(operation, part, field(m), m.getKey(), message(m)));
    }
    return new ArrayList<>(out);
  }

  /** Where in the exchange: a JSON pointer into the body, a parameter, a header, or {@code -}. */
  private static String field(ValidationReport.Message m) {
    Optional<MessageContext> context = m.getContext();
    Optional<String> pointer = context.flatMap(MessageContext::getPointers).map(MessageContext.Pointers::getInstance);
    Optional<Parameter> parameter = context.flatMap(MessageContext::getParameter);
    if (parameter.isPresent()) {
      String inside = pointer.filter(p -> !p.isEmpty() && !p.equals("/")).orElse("");
      return parameter.get().getIn() + ":" + parameter.get().getName() + inside;
    }
    if (pointer.isPresent()) {
      return pointer.get().isEmpty() ? "/" : pointer.get();
    }
    String key = m.getKey();
    if (key.contains(".security.")) {
      return "header:Authorization";
    }
    if (key.contains("contentType") || key.contains("content-type")) {
      return "header:Content-Type";
    }
    if (key.endsWith(".status.unknown")) {
      return "status";
    }
    if (key.contains(".body.")) {
      return "body";
    }
    return "-";
  }

  /** The validator's text on one line, with the nested reasons of an anyOf/oneOf/allOf. */
  private static String message(ValidationReport.Message m) {
    String text = PATH_PREFIX.matcher(m.getMessage().replaceAll("\\s+", " ").trim()).replaceFirst("");
    Set<String> reasons = new LinkedHashSet<>();
    for (String info : m.getAdditionalInfo()) {
      String one = info.replaceAll("\\s+", " ").trim();
      if (one.endsWith("not found in enum (possible values: [null])")) {
        continue; // the null-only alternative of a nullable reference: "it is not null" says nothing
      }
      int colon = one.indexOf(": ");
      if (colon > 0) {
        Matcher c = COMBINATOR.matcher(one.substring(0, colon));
        String where = c.find() ? c.group(1) : one.substring(0, colon);
        one = where + ": " + one.substring(colon + 2);
      }
      reasons.add(one);
    }
    String full = reasons.isEmpty() ? text : text + " (" + String.join("; ", reasons) + ")";
    return full.length() <= MAX_MESSAGE ? full : full.substring(0, MAX_MESSAGE - 3) + "...";
  }

  /** A path no operation matches, with its ids (numbers, UUIDs) replaced by {@code {id}}: stable across runs. */
  static String shape(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (out.length() > 0 || !segment.isEmpty()) {
        out.append('/');
      }
      out.append(ID_SEGMENT.matcher(segment).matches() ? "{id}" : segment);
    }
    return out.length() == 0 ? "/" : out.toString();
  }
}
