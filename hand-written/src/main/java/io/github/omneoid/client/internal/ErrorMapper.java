package io.github.omneoid.client.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.omneoid.client.RetryPolicy;
import io.github.omneoid.client.errors.BadRequestException;
import io.github.omneoid.client.errors.ConflictException;
import io.github.omneoid.client.errors.ForbiddenException;
import io.github.omneoid.client.errors.HttpErrorDetails;
import io.github.omneoid.client.errors.NotFoundException;
import io.github.omneoid.client.errors.OmneoIdHttpException;
import io.github.omneoid.client.errors.RateLimitException;
import io.github.omneoid.client.errors.RedirectException;
import io.github.omneoid.client.errors.ServerException;
import io.github.omneoid.client.errors.UnauthorizedException;
import io.github.omneoid.client.errors.ValidationException;
import io.github.omneoid.json.OmneoJson;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Turns a failed response into the exception for its status: the one place that knows the table. */
final class ErrorMapper {

  private static final JsonAdapter<Object> JSON = OmneoJson.moshi().adapter(Object.class);

  private final ApiPaths paths;
  private final Clock clock;

  ErrorMapper(ApiPaths paths, Clock clock) {
    this.paths = paths;
    this.clock = clock;
  }

  OmneoIdHttpException toException(Response response, ResponseBody errorBody) {
    return toException(response.request(), response.code(), response.headers(), readCapped(errorBody));
  }

  OmneoIdHttpException toException(DirectProxyChallenge.Answered answered) {
    return toException(answered.request, answered.code, answered.headers, answered.body);
  }

  private OmneoIdHttpException toException(Request request, int code, Headers headers, String body) {
    Map<String, Object> json = parseObject(body);
    HttpErrorDetails details = new HttpErrorDetails(code, request.method(), paths.relative(request.url()),
        headerMap(headers), body, message(json), fieldErrors(json));
    switch (code) {
      case 400:
        return new BadRequestException(details);
      case 401:
        return new UnauthorizedException(details);
      case 403:
        return new ForbiddenException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 422:
        return new ValidationException(details);
      case 429:
        return new RateLimitException(details, RetryPolicy.parseRetryAfter(headers.get("Retry-After"), clock.instant()));
      default:
        if (code >= 300 && code < 400) {
          return new RedirectException(details);
        }
        return code >= 500 ? new ServerException(details) : new OmneoIdHttpException(details);
    }
  }

  /**
   * Reads at most {@link OmneoIdHttpException#BODY_CAP} bytes (the transport has already cut the body there) and
   * decodes them as UTF-8, leaving out a character the cut split in two.
   */
  static String readCapped(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      source.request(OmneoIdHttpException.BODY_CAP);
      long available = Math.min(source.getBuffer().size(), OmneoIdHttpException.BODY_CAP);
      byte[] bytes = source.getBuffer().readByteArray(available);
      int end = available == OmneoIdHttpException.BODY_CAP ? completeUtf8Length(bytes) : bytes.length;
      return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // the status already says what went wrong; a body cut by the network adds nothing
    }
  }

  /** @return the length of {@code bytes} without a multi-byte UTF-8 sequence cut short at its end */
  private static int completeUtf8Length(byte[] bytes) {
    int end = bytes.length;
    for (int back = 1; back <= 3 && back <= end; back++) {
      int b = bytes[end - back] & 0xFF;
      if ((b & 0xC0) != 0x80) { // a lead byte (or ASCII): does its sequence fit in what is left?
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return length > back ? end - back : end;
      }
    }
    return end;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseObject(String body) {
    try {
      Object value = body.isEmpty() ? null : JSON.fromJson(body);
      return value instanceof Map ? (Map<String, Object>) value : Collections.<String, Object>emptyMap();
    } catch (IOException | RuntimeException notJson) {
      return Collections.emptyMap();
    }
  }

  private static String message(Map<String, Object> json) {
    Object message = json.get("message");
    return message instanceof String ? (String) message : null;
  }

  /** Laravel's {@code errors}: field → messages; a lone string is read as a one-item list. */
  private static Map<String, List<String>> fieldErrors(Map<String, Object> json) {
    Object errors = json.get("errors");
    if (!(errors instanceof Map)) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) errors).entrySet()) {
      List<String> messages = new ArrayList<>();
      Object value = entry.getValue();
      if (value instanceof List) {
        for (Object item : (List<?>) value) {
          messages.add(String.valueOf(item));
        }
      } else if (value != null) {
        messages.add(String.valueOf(value));
      }
      fields.put(String.valueOf(entry.getKey()), Collections.unmodifiableList(messages));
    }
    return fields;
  }

  private static Map<String, List<String>> headerMap(Headers headers) {
    Map<String, List<String>> map = new TreeMap<>();
    for (String name : headers.names()) {
      map.put(name.toLowerCase(Locale.ROOT), Collections.unmodifiableList(headers.values(name)));
    }
    return map;
  }
}
