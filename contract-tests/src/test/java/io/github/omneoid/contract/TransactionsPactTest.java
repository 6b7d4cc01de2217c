package io.github.omneoid.contract;

import static io.github.omneoid.contract.Contract.CONNECTED_PROFILE_ID;
import static io.github.omneoid.contract.Contract.CONSUMER;
import static io.github.omneoid.contract.Contract.PROVIDER;
import static io.github.omneoid.contract.Contract.client;
import static io.github.omneoid.contract.Interactions.data;
import static io.github.omneoid.contract.Interactions.json;
import static io.github.omneoid.contract.Interactions.noContent;
import static io.github.omneoid.contract.Interactions.ok;
import static io.github.omneoid.contract.Interactions.page;
import static io.github.omneoid.contract.Interactions.profileWith;
import static io.github.omneoid.contract.Interactions.request;
import static io.github.omneoid.contract.Interactions.requestFromState;
import static io.github.omneoid.contract.ProviderState.HAS_CLAIM;
import static io.github.omneoid.contract.ProviderState.HAS_CONNECTION;
import static io.github.omneoid.contract.ProviderState.HAS_INTERACTION;
import static io.github.omneoid.contract.ProviderState.HAS_LEDGER;
import static io.github.omneoid.contract.ProviderState.HAS_TRANSACTION;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.github.omneoid.client.Query;
import io.github.omneoid.client.ProfileResource;
import io.github.omneoid.model.ConnectionUpdateInput;
import io.github.omneoid.model.Transaction;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Transactions and their relatives (find, grouped, unassigned items, claims), ledgers, interactions, connections. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class TransactionsPactTest {

  private static ProfileResource me(MockServer server) {
    return client(server).profile();
  }

  static PactDslWithState withTransaction(PactDslWithProvider builder) {
    return profileWith(builder, HAS_TRANSACTION, "externalId", "T-1001", "sku", "SKU-5111");
  }

  private static PactDslWithState withClaim(PactDslWithProvider builder) {
    return profileWith(builder, HAS_CLAIM, "receiptRef", "R-2001");
  }

  private static PactDslWithState withLedger(PactDslWithProvider builder) {
    return profileWith(builder, HAS_LEDGER, "type", "transaction");
  }

  private static PactDslWithState withInteraction(PactDslWithProvider builder) {
    return profileWith(builder, HAS_INTERACTION, "action", "view");
  }

  private static PactDslWithState withConnection(PactDslWithProvider builder) {
    return profileWith(builder, HAS_CONNECTION, "connectedProfileId", CONNECTED_PROFILE_ID);
  }

  // ------------------------------------------------------------------------------------------------ transactions

  @Pact(consumer = CONSUMER)
  V4Pact listMyTransactions(PactDslWithProvider builder) {
    return ok(request(withTransaction(builder), "a request for the profile's transactions", "GET",
        "/profiles/me/transactions"), page(Shapes.TRANSACTION));
  }

  @Test
  @PactTestFor(pactMethod = "listMyTransactions")
  void listMyTransactions(MockServer server) {
    assertThat(me(server).transactions().list(Query.of()).items()).extracting(Transaction::getExternalId)
        .contains("T-1001");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyTransaction(PactDslWithProvider builder) {
    return ok(requestFromState(withTransaction(builder), "a request for one transaction", "GET",
        "/profiles/me/transactions/${transactionId}", "/profiles/me/transactions/101"), data(Shapes.TRANSACTION));
  }

  @Test
  @PactTestFor(pactMethod = "getMyTransaction")
  void getMyTransaction(MockServer server) {
    assertThat(me(server).transactions().get(101).getId()).isEqualTo(101L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact findMyTransaction(PactDslWithProvider builder) {
    return ok(request(withTransaction(builder), "a search for a transaction by external id", "GET",
        "/profiles/me/find-transactions").query("filter[external_id]=T-1001"), data(Shapes.TRANSACTION));
  }

  @Test
  @PactTestFor(pactMethod = "findMyTransaction")
  void findMyTransaction(MockServer server) {
    Optional<Transaction> found = me(server).transactions().find(Query.of().filter("external_id", "T-1001"));
    assertThat(found).map(Transaction::getExternalId).contains("T-1001");
  }

  /** The flat Laravel paginator (omneo-sdk src/types/transaction.ts, GroupedTransactionsResponse), not a Page. */
  @Pact(consumer = CONSUMER)
  V4Pact listMyGroupedTransactions(PactDslWithProvider builder) {
    return ok(request(withTransaction(builder), "a request for the profile's transactions grouped by order", "GET",
            "/profiles/me/group_transactions"),
        LambdaDsl.newJsonBody(o -> {
          o.integerType("current_page", 1);
          o.minArrayLike("data", 1, Shapes.GROUPED_TRANSACTION);
          o.integerType("last_page", 1);
          o.integerType("per_page", 15);
          o.integerType("total", 1);
        }).build());
  }

  @Test
  @PactTestFor(pactMethod = "listMyGroupedTransactions")
  void listMyGroupedTransactions(MockServer server) {
    assertThat(me(server).transactions().getGrouped(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact listMyUnassignedTransactionItems(PactDslWithProvider builder) {
    return ok(request(withTransaction(builder), "a request for bought items not yet on a list", "GET",
            "/profiles/me/transactionitems/list/unassigned").query("include_list_item=1"),
        page(Shapes.TRANSACTION_ITEM));
  }

  @Test
  @PactTestFor(pactMethod = "listMyUnassignedTransactionItems")
  void listMyUnassignedTransactionItems(MockServer server) {
    assertThat(me(server).transactions().getUnassignedItems(Query.of().param("include_list_item", 1)).items()).isNotEmpty();
  }

  // ------------------------------------------------------------------------------------------------ claims

  @Pact(consumer = CONSUMER)
  V4Pact listMyTransactionClaims(PactDslWithProvider builder) {
    return ok(request(withClaim(builder), "a request for the profile's transaction claims", "GET",
        "/profiles/me/transactions/claims"), page(Shapes.CLAIM));
  }

  @Test
  @PactTestFor(pactMethod = "listMyTransactionClaims")
  void listMyTransactionClaims(MockServer server) {
    assertThat(me(server).transactionClaims().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyTransactionClaim(PactDslWithProvider builder) {
    return ok(requestFromState(withClaim(builder), "a request for one transaction claim", "GET",
        "/profiles/me/transactions/claims/${claimId}", "/profiles/me/transactions/claims/121"), data(Shapes.CLAIM));
  }

  @Test
  @PactTestFor(pactMethod = "getMyTransactionClaim")
  void getMyTransactionClaim(MockServer server) {
    assertThat(me(server).transactionClaims().get(121).getId()).isEqualTo(121L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyTransactionClaim(PactDslWithProvider builder) {
    return noContent(requestFromState(withClaim(builder), "a delete of a transaction claim", "DELETE",
        "/profiles/me/transactions/claims/${claimId}", "/profiles/me/transactions/claims/121"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyTransactionClaim")
  void deleteMyTransactionClaim(MockServer server) {
    me(server).transactionClaims().delete(121);
  }

  // ------------------------------------------------------------------------------------------------ ledgers

  @Pact(consumer = CONSUMER)
  V4Pact listMyLedgers(PactDslWithProvider builder) {
    return ok(request(withLedger(builder), "a request for the profile's ledger", "GET", "/profiles/me/ledgers"),
        page(Shapes.LEDGER));
  }

  @Test
  @PactTestFor(pactMethod = "listMyLedgers")
  void listMyLedgers(MockServer server) {
    assertThat(me(server).ledgers().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyLedger(PactDslWithProvider builder) {
    return ok(requestFromState(withLedger(builder), "a request for one ledger entry", "GET",
        "/profiles/me/ledgers/${ledgerId}", "/profiles/me/ledgers/131"), data(Shapes.LEDGER));
  }

  @Test
  @PactTestFor(pactMethod = "getMyLedger")
  void getMyLedger(MockServer server) {
    assertThat(me(server).ledgers().get(131).getId()).isEqualTo(131L);
  }

  // ------------------------------------------------------------------------------------------------ interactions

  @Pact(consumer = CONSUMER)
  V4Pact listMyInteractions(PactDslWithProvider builder) {
    return ok(request(withInteraction(builder), "a request for the profile's interactions", "GET",
        "/profiles/me/interactions"), page(Shapes.INTERACTION));
  }

  @Test
  @PactTestFor(pactMethod = "listMyInteractions")
  void listMyInteractions(MockServer server) {
    assertThat(me(server).interactions().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyInteraction(PactDslWithProvider builder) {
    return ok(requestFromState(withInteraction(builder), "a request for one interaction", "GET",
        "/profiles/me/interactions/${interactionId}", "/profiles/me/interactions/141"), data(Shapes.INTERACTION));
  }

  @Test
  @PactTestFor(pactMethod = "getMyInteraction")
  void getMyInteraction(MockServer server) {
    assertThat(me(server).interactions().get(141).getId()).isEqualTo(141L);
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteMyInteraction(PactDslWithProvider builder) {
    return noContent(requestFromState(withInteraction(builder), "a delete of an interaction", "DELETE",
        "/profiles/me/interactions/${interactionId}", "/profiles/me/interactions/141"));
  }

  @Test
  @PactTestFor(pactMethod = "deleteMyInteraction")
  void deleteMyInteraction(MockServer server) {
    me(server).interactions().delete(141);
  }

  // ------------------------------------------------------------------------------------------------ connections

  @Pact(consumer = CONSUMER)
  V4Pact listMyConnections(PactDslWithProvider builder) {
    return ok(request(withConnection(builder), "a request for the profile's connections", "GET",
        "/profiles/me/connections"), page(Shapes.CONNECTION));
  }

  @Test
  @PactTestFor(pactMethod = "listMyConnections")
  void listMyConnections(MockServer server) {
    assertThat(me(server).connections().list(Query.of()).items()).isNotEmpty();
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMyConnection(PactDslWithProvider builder) {
    return ok(json(requestFromState(withConnection(builder), "a rename of a connection", "PUT",
            "/profiles/me/connections/${connectionId}", "/profiles/me/connections/151"),
            body -> body.stringValue("name", "Son")),
        data(o -> {
          Shapes.CONNECTION.accept(o);
          o.stringValue("name", "Son");
        }));
  }

  @Test
  @PactTestFor(pactMethod = "updateMyConnection")
  void updateMyConnection(MockServer server) {
    assertThat(me(server).connections().update(151, new ConnectionUpdateInput().name("Son")).getName())
        .isEqualTo("Son");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMyConnectionProfileInfo(PactDslWithProvider builder) {
    return ok(requestFromState(withConnection(builder), "a request for what a connected profile shares", "GET",
        "/profiles/me/connections/${connectionId}/profileInfo", "/profiles/me/connections/151/profileInfo"),
        data(Shapes.CONNECTED_PROFILE));
  }

  @Test
  @PactTestFor(pactMethod = "getMyConnectionProfileInfo")
  void getMyConnectionProfileInfo(MockServer server) {
    assertThat(me(server).connections().getProfileInfo(151).getId()).isEqualTo(CONNECTED_PROFILE_ID);
  }
}
