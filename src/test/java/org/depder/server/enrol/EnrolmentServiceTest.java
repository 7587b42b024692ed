package org.depder.server.enrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.depder.app.vault.MutableClock;
import org.depder.server.admin.AdminService;
import org.depder.server.admin.IssuedCode;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerException;
import org.depder.server.testing.InMemoryServerStore;
import org.depder.server.testing.TestDevice;
import org.depder.sync.revision.DeviceId;
import org.junit.jupiter.api.Test;

/** Level 1: the enrolment use case over a fake store, with a hand-moved clock. */
class EnrolmentServiceTest {
  private static final String SOURCE = "192.0.2.10";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final InMemoryServerStore store = new InMemoryServerStore();
  private final AdminService admin = new AdminService(store, new SecureRandom(), clock);
  private final TestDevice server = new TestDevice();
  private final ServerIdentity identity =
      new ServerIdentity(server.id(), server.keys(), "ab".repeat(32));
  private final EnrolmentService service =
      new EnrolmentService(
          store, identity, new AttemptLimiter(3, Duration.ofMinutes(15), clock), clock);

  private IssuedCode code() {
    return admin.issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(24));
  }

  @Test
  void aValidCodeRegistersTheDeviceAndAnswersWithTheServerIdentity() {
    IssuedCode code = code();
    TestDevice laptop = new TestDevice();

    EnrolmentGrant grant = service.enrol(laptop.request(code.code()), SOURCE);

    assertThat(grant.deviceId()).isEqualTo(laptop.id());
    assertThat(grant.role()).isEqualTo(DeviceRole.SCREENER);
    assertThat(grant.post()).isEqualTo("AG-01");
    assertThat(grant.server()).isEqualTo(identity);
    assertThat(admin.devices())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(laptop.id());
              assertThat(d.keys()).isEqualTo(laptop.keys());
              assertThat(d.active()).isTrue();
            });
    assertThat(admin.audit().entries())
        .extracting(e -> e.event().action())
        .containsExactly("enrolment_code.issued", "device.enrolled");
    assertThat(admin.audit().intact()).isTrue();
  }

  @Test
  void theCodeIsForgivingAboutCaseDashesAndLookalikeLetters() {
    IssuedCode code = code();
    String typed = code.code().toLowerCase().replace("-", " ").replace('0', 'o').replace('1', 'l');

    assertThat(service.enrol(new TestDevice().request(typed), SOURCE).post()).isEqualTo("AG-01");
  }

  @Test
  void aCodeWorksOnlyOnce() {
    IssuedCode code = code();
    service.enrol(new TestDevice().request(code.code()), SOURCE);

    assertRefused(
        () -> service.enrol(new TestDevice().request(code.code()), SOURCE), ErrorCode.CODE_USED);
    assertThat(admin.devices()).hasSize(1);
  }

  @Test
  void anExpiredCodeIsRefused() {
    IssuedCode code = admin.issueCode(DeviceRole.COORDINATOR, "MR", Duration.ofMinutes(30));
    clock.advance(Duration.ofMinutes(30));

    assertRefused(
        () -> service.enrol(new TestDevice().request(code.code()), SOURCE), ErrorCode.CODE_EXPIRED);
    assertThat(admin.devices()).isEmpty();
  }

  @Test
  void anUnknownOrMalformedCodeIsRefused() {
    code();
    assertRefused(
        () -> service.enrol(new TestDevice().request("AAAA-BBBB-CCCC-DDDD-EEEE"), SOURCE),
        ErrorCode.CODE_UNKNOWN);
    assertRefused(
        () -> service.enrol(new TestDevice().request("not a code"), SOURCE),
        ErrorCode.CODE_UNKNOWN);
  }

  @Test
  void aProofMadeWithAnotherKeyOrForAnotherCodeIsRefused() {
    IssuedCode code = code();
    TestDevice laptop = new TestDevice();
    EnrolRequest honest = laptop.request(code.code());
    EnrolRequest foreignKeys =
        new EnrolRequest(code.code(), new TestDevice().keys(), honest.proof());
    EnrolRequest otherCode = new EnrolRequest(code().code(), laptop.keys(), honest.proof());

    assertRefused(() -> service.enrol(foreignKeys, SOURCE), ErrorCode.BAD_PROOF);
    assertRefused(() -> service.enrol(otherCode, SOURCE), ErrorCode.BAD_PROOF);
    assertThat(admin.devices()).isEmpty();
  }

  @Test
  void aDeviceCannotEnrolTwiceAndTheSecondCodeStaysUnused() {
    TestDevice laptop = new TestDevice();
    service.enrol(laptop.request(code().code()), SOURCE);
    IssuedCode second = code();

    assertRefused(
        () -> service.enrol(laptop.request(second.code()), SOURCE),
        ErrorCode.DEVICE_ALREADY_ENROLLED);
    assertThat(service.enrol(new TestDevice().request(second.code()), SOURCE)).isNotNull();
  }

  @Test
  void theServersOwnKeyCannotBeEnrolled() {
    assertRefused(() -> service.enrol(server.request(code().code()), SOURCE), ErrorCode.BAD_KEY);
  }

  @Test
  void aSourceThatKeepsFailingIsStoppedBeforeItsCodeIsLookedAt() {
    IssuedCode code = code();
    for (int i = 0; i < 3; i++) {
      assertRefused(
          () -> service.enrol(new TestDevice().request("AAAA-BBBB-CCCC-DDDD-EEEE"), SOURCE),
          ErrorCode.CODE_UNKNOWN);
    }

    assertThatThrownBy(() -> service.enrol(new TestDevice().request(code.code()), SOURCE))
        .isInstanceOfSatisfying(
            TooManyAttemptsException.class,
            e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 15 * 60L + 1));
    assertThat(service.enrol(new TestDevice().request(code.code()), "192.0.2.99")).isNotNull();

    clock.advance(Duration.ofMinutes(15));
    assertRefused(
        () -> service.enrol(new TestDevice().request(code.code()), SOURCE), ErrorCode.CODE_USED);
  }

  @Test
  void refusalsNeverCarryTheCodeOrTheKeys() {
    IssuedCode code = code();
    TestDevice laptop = new TestDevice();
    service.enrol(laptop.request(code.code()), SOURCE);

    assertThatThrownBy(() -> service.enrol(new TestDevice().request(code.code()), SOURCE))
        .hasMessageNotContaining(code.code())
        .hasMessageNotContaining(PublicKeys.encode(laptop.keys().signing()));
    assertThat(admin.audit().entries().toString()).doesNotContain(code.code());
    assertThat(laptop.request(code.code()).toString()).doesNotContain(code.code());
  }

  @Test
  void aDatabaseFailureIsReportedAndDoesNotCountAsAnAttempt() {
    IssuedCode code = code();
    store.goDown();
    for (int i = 0; i < 5; i++) {
      assertRefused(
          () -> service.enrol(new TestDevice().request(code.code()), SOURCE), ErrorCode.STORAGE);
    }
  }

  @Test
  void revocationIsRecordedOnceAndUnknownDevicesAreRefused() {
    TestDevice laptop = new TestDevice();
    service.enrol(laptop.request(code().code()), SOURCE);

    assertThat(admin.revoke(laptop.id())).isTrue();
    assertThat(admin.revoke(laptop.id())).isFalse();
    assertRefused(() -> admin.revoke(new DeviceId("0".repeat(32))), ErrorCode.DEVICE_UNKNOWN);
    assertThat(admin.devices().get(0).active()).isFalse();
    assertThat(admin.audit().entries())
        .extracting(e -> e.event().action())
        .containsExactly("enrolment_code.issued", "device.enrolled", "device.revoked");
  }

  private static void assertRefused(Runnable call, ErrorCode code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
