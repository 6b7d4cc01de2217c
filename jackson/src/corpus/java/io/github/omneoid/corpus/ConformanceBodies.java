package io.github.omneoid.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The client's conformance corpus (copied into {@code conformance/} on the test class path: one API response body
 * per operation, named by operationId) with the type each body is read into: the {@code T} of its generated Retrofit
 * method's {@code Call<T>}. For the Jackson modules' tests.
 */
public final class ConformanceBodies {

  private ConformanceBodies() {
  }

  /** @return operationId → (response type, body), in operationId order; never empty */
  public static Map<String, Map.Entry<Type, String>> all() {
    Map<String, Type> types = responseTypes();
    Map<String, Map.Entry<Type, String>> bodies = new TreeMap<>();
    try (Stream<Path> files = Files.list(path("conformance"))) {
      files.forEach(file -> {
        String operationId = file.getFileName().toString().replaceFirst("\\.json$", "");
        Type type = types.get(operationId);
        if (type == null) {
          throw new IllegalStateException("no generated operation " + operationId);
        }
        bodies.put(operationId, new SimpleImmutableEntry<>(type, read(file)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bodies.isEmpty()) {
      throw new IllegalStateException("the conformance corpus is empty");
    }
    return bodies;
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** operationId → T of the Retrofit method's {@code Call<T>}, for every generated interface. */
  private static Map<String, Type> responseTypes() {
    Map<String, Type> types = new HashMap<>();
    try (Stream<Path> classes = Files.list(path("io/github/omneoid/api"))) {
      classes.map(p -> p.getFileName().toString()).filter(n -> n.matches("[A-Za-z]+Api\\.class")).forEach(n -> {
        for (Method method : load("io.github.omneoid.api." + n.replace(".class", "")).getDeclaredMethods()) {
          Type returned = method.getGenericReturnType();
          if (returned instanceof ParameterizedType) {
            types.put(method.getName(), ((ParameterizedType) returned).getActualTypeArguments()[0]);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A class-path directory, in a folder or inside a jar. */
  private static Path path(String directory) throws IOException {
    URL url = ConformanceBodies.class.getClassLoader().getResource(directory);
    if (url == null) {
      throw new IllegalStateException(directory + " is not on the test class path");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Paths.get(uri);
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Collections.<String, Object>emptyMap());
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
      }
      return jar.getPath(directory);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
