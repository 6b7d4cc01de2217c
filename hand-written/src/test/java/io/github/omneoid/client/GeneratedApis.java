package io.github.omneoid.client;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;

/** The generated Retrofit interfaces ({@code io.github.omneoid.api.*Api}) on the test class path, and their calls. */
final class GeneratedApis {

  private GeneratedApis() {
  }

  /** Every method of the generated interfaces that carries an HTTP annotation: one per spec operation. */
  static List<Method> operations() {
    List<Method> operations = new ArrayList<>();
    for (Class<?> api : interfaces()) {
      for (Method method : api.getDeclaredMethods()) {
        if (httpAnnotation(method) != null) {
          operations.add(method);
        }
      }
    }
    return operations;
  }

  /** The method's Retrofit HTTP annotation ({@code @GET}, {@code @PUT}...), or null. */
  static Annotation httpAnnotation(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      Class<? extends Annotation> type = annotation.annotationType();
      if (type.getPackageName().equals("retrofit2.http")
          && type.getSimpleName().matches("GET|PUT|POST|DELETE|PATCH")) {
        return annotation;
      }
    }
    return null;
  }

  static List<Class<?>> interfaces() {
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (URL root : Collections.list(GeneratedApis.class.getClassLoader().getResources("io/github/omneoid/api"))) {
        for (String name : classNames(root)) {
          classes.add(Class.forName(name));
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot list the generated API interfaces", e);
    }
    if (classes.isEmpty()) {
      throw new IllegalStateException("no generated API interfaces on the class path");
    }
    return classes;
  }

  private static List<String> classNames(URL root) throws Exception {
    List<String> names = new ArrayList<>();
    if ("jar".equals(root.getProtocol())) {
      for (JarEntry entry : Collections.list(((JarURLConnection) root.openConnection()).getJarFile().entries())) {
        if (entry.getName().matches("io/github/omneoid/api/[A-Za-z]+Api\\.class")) {
          names.add(entry.getName().replace('/', '.').replace(".class", ""));
        }
      }
    } else {
      for (File file : new File(root.toURI()).listFiles((dir, name) -> name.matches("[A-Za-z]+Api\\.class"))) {
        names.add("io.github.omneoid.api." + file.getName().replace(".class", ""));
      }
    }
    return names;
  }
}
