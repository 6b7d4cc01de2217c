package io.github.omneoid.client.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Response;

/** How a transport sends a call it has prepared: the one thing its blocking, raw and async views do differently. */
interface Exchange {

  /** Blocking on the caller's thread; inside {@code async(Supplier)} work, cancelling the future cancels the call. */
  Exchange BLOCKING = call -> {
    if (!CallScope.active()) {
      return call.execute(); // not inside async work: nothing to register (and no registration to allocate)
    }
    try (CallScope.Registration cancellable = CallScope.register(call::cancel)) {
      return call.execute();
    }
  };

  Response send(Call call) throws IOException;

  /** Sends as another exchange does, and keeps the last response (for its status and headers). */
  final class Recording implements Exchange {
    private final Exchange sending;
    private volatile Response last;

    Recording(Exchange sending) {
      this.sending = sending;
    }

    @Override
    public Response send(Call call) throws IOException {
      Response response = sending.send(call);
      last = response;
      return response;
    }

    Response last() {
      return last;
    }
  }
}
