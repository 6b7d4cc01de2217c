package io.github.omneoid.client;

import io.github.omneoid.json.SchemaDrift;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records every event as a line. */
final class RecordingListener implements OmneoIdListener {
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  final List<SchemaDrift> drifts = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void callStarted(ApiCall call) {
    lines.add("started " + call);
  }

  @Override
  public void callFinished(ApiCall call, int status, Duration took) {
    lines.add("finished " + call + " " + status + " in " + took);
  }

  @Override
  public void callFailed(ApiCall call, Throwable cause, Duration took) {
    lines.add("failed " + call + " " + cause.getClass().getSimpleName() + " in " + took);
  }

  @Override
  public void retrying(ApiCall call, int attempt, String reason, Duration wait) {
    lines.add("retrying " + call + " #" + attempt + " after " + reason + " in " + wait);
  }

  @Override
  public void tokenRefreshed(Duration took, Throwable failure) {
    lines.add("refreshed " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
  }

  @Override
  public void schemaDrift(SchemaDrift drift) {
    drifts.add(drift);
  }
}
