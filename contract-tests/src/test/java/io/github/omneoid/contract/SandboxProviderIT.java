package io.github.omneoid.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.omneoid.contract.ProviderState.Name;
import io.github.omneoid.sandbox.OmneoIdSandbox;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider verification: every interaction of the generated pact, replayed against a real {@link OmneoIdSandbox}
 * on loopback. The sandbox is reset before every interaction, then seeded by the interaction's provider states as
 * {@link ProviderState} defines them; {@link Arrangement#authorize} swaps the consumer's fake tokens for ones the
 * sandbox accepts.
 */
@Provider(Contract.PROVIDER)
@PactFolder("${pact.dir}")
class SandboxProviderIT {

  private static OmneoIdSandbox sandbox;
  private static Arrangement arrangement;

  /** The interaction's states not yet arranged, in the order the verifier runs them. */
  private Deque<au.com.dius.pact.core.model.ProviderState> pendingStates;

  @BeforeAll
  static void start() {
    sandbox = OmneoIdSandbox.start();
    arrangement = new Arrangement(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void before(PactVerificationContext context) {
    arrangement.reset();
    pendingStates = new ArrayDeque<>(context.getInteraction().getProviderStates());
    context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.port()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void verify(PactVerificationContext context, HttpRequest request) throws URISyntaxException {
    arrangement.authorize(request);
    context.verifyInteraction();
  }

  /**
   * Every state, by name. The verifier passes only a state's params, in the order of the interaction's states, so
   * the name comes from the head of {@link #pendingStates}; the params' identity checks the two agree.
   */
  @State({Name.PROFILE_EXISTS, Name.ANONYMOUS, Name.TOKEN_EXPIRED, Name.ADMIN_TOKEN_INVALID, Name.MOBILE_TAKEN,
      Name.HAS_ADDRESS, Name.HAS_IDENTITY, Name.HAS_REGION, Name.HAS_LIST, Name.LIST_HAS_ITEM,
      Name.HAS_CUSTOM_ATTRIBUTE, Name.HAS_DATE, Name.HAS_POINTS, Name.HAS_REWARD, Name.HAS_BENEFIT,
      Name.HAS_REDEMPTION, Name.HAS_RECORD, Name.HAS_TRANSACTION, Name.HAS_CLAIM, Name.HAS_LEDGER,
      Name.HAS_INTERACTION, Name.HAS_CONNECTION, Name.STORE_EXISTS})
  Map<String, Object> arrange(Map<String, Object> params) {
    au.com.dius.pact.core.model.ProviderState state = pendingStates.poll();
    if (state == null || state.getParams() != params) {
      throw new IllegalStateException("the verifier ran a provider state out of the interaction's order");
    }
    return ProviderState.named(state.getName()).arrange(arrangement, params);
  }
}
