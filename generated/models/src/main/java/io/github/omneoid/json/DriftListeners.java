package io.github.omneoid.json;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The ready-made {@link SchemaDriftListener}s. */
final class DriftListeners {
  private static final Logger LOGGER = Logger.getLogger("io.github.omneoid.json");
  private static final Map<SchemaDriftListener, SchemaDriftListener> ONCE =
      Collections.synchronizedMap(new WeakHashMap<>());

  static final SchemaDriftListener STRICT = drift -> {
    throw new SchemaDriftException(drift);
  };

  static final SchemaDriftListener LOGGING = new Once(drift -> {
    if (LOGGER.isLoggable(Level.WARNING)) {
      LOGGER.warning("The Omneo API sent JSON the spec does not declare (reported once per model and field; the"
          + " rest of the response was read): " + drift);
    }
  });

  private DriftListeners() {
  }

  static SchemaDriftListener once(SchemaDriftListener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener must not be null");
    }
    if (listener instanceof Once || listener == STRICT) {
      return listener;
    }
    synchronized (ONCE) {
      return ONCE.computeIfAbsent(listener, Once::new);
    }
  }

  /** Remembers which (model, field) pairs it has passed on; asking costs no allocation. */
  static final class Once implements SchemaDriftListener {
    private final SchemaDriftListener delegate;
    private final ConcurrentHashMap<String, Set<String>> seen = new ConcurrentHashMap<>();

    Once(SchemaDriftListener delegate) {
      this.delegate = delegate;
    }

    boolean hasSeen(String model, String field) {
      Set<String> fields = seen.get(model);
      return fields != null && fields.contains(field);
    }

    @Override
    public void onDrift(SchemaDrift drift) {
      if (seen.computeIfAbsent(drift.model(), m -> ConcurrentHashMap.newKeySet()).add(drift.field())) {
        delegate.onDrift(drift);
      }
    }
  }
}
