package io.github.omneoid.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** The sandbox's registered faults, evaluated in registration order; the first that fires wins. Thread-safe. */
public final class Faults {
  private final CopyOnWriteArrayList<Handle> active = new CopyOnWriteArrayList<>();

  Faults() {}

  /**
   * Registers a fault; the returned handle tells how often it fired and can remove it.
   *
   * @param fault the fault to add after those already registered
   * @return the handle of the registered fault
   */
  public Handle add(Fault fault) {
    Handle h = new Handle(fault);
    active.add(h);
    return h;
  }

  /** Removes every fault. */
  public void clear() {
    active.clear();
  }

  /**
   * The registered faults (including exhausted ones until {@link #clear()}).
   *
   * @return a copy of the registered faults, in registration order
   */
  public List<Fault> list() {
    List<Fault> out = new ArrayList<>();
    for (Handle h : active) {
      out.add(h.fault);
    }
    return out;
  }

  /** The fault that fires for this request, or null. Consumes one of its {@code times}. */
  Fault fire(String method, String path) {
    for (Handle h : active) {
      if (h.fault.matches(method, path) && h.tryFire()) {
        return h.fault;
      }
    }
    return null;
  }

  /** A registered fault. */
  public final class Handle {
    private final Fault fault;
    private final Random random;
    private int fired;

    private Handle(Fault fault) {
      this.fault = fault;
      this.random = new Random(fault.seed);
    }

    private synchronized boolean tryFire() {
      if (fault.times > 0 && fired >= fault.times) {
        return false;
      }
      if (fault.rate < 1.0 && random.nextDouble() >= fault.rate) {
        return false;
      }
      fired++;
      return true;
    }

    /**
     * How many requests this fault has acted on.
     *
     * @return the number of times it has fired so far
     */
    public synchronized int fired() {
      return fired;
    }

    /** @return the fault this handle registered */
    public Fault fault() {
      return fault;
    }

    /** Unregisters this fault. */
    public void remove() {
      active.remove(this);
    }
  }
}
