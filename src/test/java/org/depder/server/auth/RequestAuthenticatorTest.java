package org.depder.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.depder.app.vault.MutableClock;
import org.depder.server.admin.AdminService;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.enrol.ServerIdentity;
import org.depder.server.testing.InMemoryServerStore;
import org.depder.server.testing.TestDevice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Level 1: request authentication over a fake store. */
class RequestAuthenticatorTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final InMemoryServerStore store = new InMemoryServerStore();
  private final AdminService admin = new AdminService(store, new SecureRandom(), clock);
  private final RequestAuthenticator authenticator = new RequestAuthenticator(store, clock);
  private final TestDevice laptop = new TestDevice();
  private final long now = clock.instant().getEpochSecond();

  @BeforeEach
  void enrol() {
    TestDevice server = new TestDevice();
    new EnrolmentService(
            store,
            new ServerIdentity(server.id(), server.keys(), "ab".repeat(32)),
            new AttemptLimiter(5, Duration.ofMinutes(1), clock),
            clock)
        .enrol(
            laptop.request(
                admin.issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1)).code()),
            "src");
  }

  @Test
  void anActiveDevicesSignedRequestIsAccepted() {
    assertThat(
            authenticator.authenticate(laptop.signed("GET", "/v1/device", new byte[0], now)).id())
        .isEqualTo(laptop.id());
    assertThat(
            authenticator
                .authenticate(laptop.signed("POST", "/v1/x?a=1", new byte[] {1, 2}, now - 299))
                .id())
        .isEqualTo(laptop.id());
  }

  @Test
  void unknownDevicesStaleClocksAndAlteredRequestsAreRefused() {
    SignedRequest good = laptop.signed("POST", "/v1/x", new byte[] {1}, now);

    assertRefused(
        new TestDevice().signed("GET", "/v1/device", new byte[0], now), ErrorCode.DEVICE_UNKNOWN);
    assertRefused(
        laptop.signed("GET", "/v1/device", new byte[0], now - 301), ErrorCode.REQUEST_EXPIRED);
    assertRefused(
        laptop.signed("GET", "/v1/device", new byte[0], now + 301), ErrorCode.REQUEST_EXPIRED);
    assertRefused(
        new SignedRequest(
            good.device(), now, good.nonce(), good.signature(), "POST", "/v1/y", new byte[] {1}),
        ErrorCode.BAD_SIGNATURE);
    assertRefused(
        new SignedRequest(
            good.device(), now, good.nonce(), good.signature(), "POST", "/v1/x", new byte[] {2}),
        ErrorCode.BAD_SIGNATURE);
    assertRefused(
        new SignedRequest(
            good.device(), now, "short", good.signature(), "POST", "/v1/x", new byte[] {1}),
        ErrorCode.BAD_SIGNATURE);
  }

  @Test
  void aRevokedDeviceIsToldSoAndTheContactIsAuditedButOnlyWithAValidSignature() {
    admin.revoke(laptop.id());
    SignedRequest good = laptop.signed("GET", "/v1/device?x=1", new byte[0], now);
    SignedRequest forged =
        new SignedRequest(
            good.device(), now, good.nonce(), new byte[64], "GET", "/v1/device", new byte[0]);

    assertRefused(forged, ErrorCode.BAD_SIGNATURE);
    assertThat(admin.audit().entries())
        .extracting(e -> e.event().action())
        .doesNotContain("device.refused_revoked");
    assertRefused(good, ErrorCode.DEVICE_REVOKED);
    assertThat(admin.audit().entries())
        .last()
        .satisfies(
            e -> {
              assertThat(e.event().action()).isEqualTo("device.refused_revoked");
              assertThat(e.event().detail()).isEqualTo("GET /v1/device");
            });
  }

  private void assertRefused(SignedRequest request, ErrorCode code) {
    assertThatThrownBy(() -> authenticator.authenticate(request))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
