package org.depder.app.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.TestVaults;
import org.depder.server.DepderServer;
import org.depder.server.ServerContext;
import org.depder.server.config.ConfigLoader;
import org.depder.server.config.ServerConfig;
import org.depder.server.core.DeviceRole;
import org.depder.store.PeerKind;
import org.depder.sync.revision.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrolment against the real server (SQLite, HTTPS on a random loopback port). */
class EnrolmentServiceTest {
  @TempDir Path dir;
  private DepderServer server;
  private LocalVaultService vault;
  private EnrolmentService enrolment;
  private String address;

  @BeforeEach
  void start() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put("http.host", "127.0.0.1");
    flags.put("http.port", "0");
    ServerConfig config =
        ConfigLoader.load(dir.resolve("server"), Optional.empty(), flags, Map.of());
    server = DepderServer.start(ServerContext.open(config, new SecureRandom(), Clock.systemUTC()));
    address = "127.0.0.1:" + server.tlsPort();
    vault = TestVaults.created(dir.resolve("laptop.depder"), Clock.systemUTC());
    enrolment = new EnrolmentService(vault::session, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    if (vault != null) {
      vault.lock();
    }
    if (server != null) {
      server.close();
    }
  }

  private String code() {
    return server
        .context()
        .admin()
        .issueCode(DeviceRole.SOCIAL_WORKER, "DZ-07", Duration.ofHours(1))
        .code();
  }

  @Test
  void probeShowsTheCertificateTheAdministratorReadsOut() throws Exception {
    ServerProbe probe = enrolment.probe(address);

    assertThat(probe.certificateSha256()).isEqualTo(server.context().tls().certificateSha256());
    assertThat(probe.serverId()).isEqualTo(server.context().keys().id().value());
    assertThat(probe.fingerprintForReading()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    assertThat(enrolment.link()).isEmpty();
  }

  @Test
  void enrolmentPinsTheServerAndKeepsTheLinkInTheVault() throws Exception {
    ServerProbe probe = enrolment.probe("https://" + address);

    ServerLink link = enrolment.enrol(probe, code().toLowerCase().replace("-", " "));

    assertThat(link.role()).isEqualTo("social_worker");
    assertThat(link.post()).isEqualTo("DZ-07");
    assertThat(link.autoSync()).isTrue();
    assertThat(link.deviceId())
        .isEqualTo(DeviceId.ofSigningKey(vault.session().deviceKeys().signingPublicKey()).value());
    assertThat(vault.session().replication().peers().find(link.serverId()))
        .hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(PeerKind.SERVER));
    assertThat(server.context().admin().devices()).hasSize(1);

    vault.lock();
    vault.unlock(TestVaults.ADMIN, TestVaults.pw(TestVaults.ADMIN_PASSWORD));
    assertThat(enrolment.link()).contains(link);
    assertThat(enrolment.setAutoSync(false).autoSync()).isFalse();
    assertThat(enrolment.link()).hasValueSatisfying(l -> assertThat(l.autoSync()).isFalse());
  }

  @Test
  void refusalsSayWhatToDo() throws Exception {
    ServerProbe probe = enrolment.probe(address);
    String used = code();
    new EnrolmentService(
            TestVaults.created(dir.resolve("other.depder"), Clock.systemUTC())::session,
            Clock.systemUTC())
        .enrol(probe, used);

    assertProblem(() -> enrolment.enrol(probe, "not a code"), RemoteException.Problem.BAD_CODE);
    assertProblem(
        () -> enrolment.enrol(probe, "0000-0000-0000-0000-0000"),
        RemoteException.Problem.CODE_UNKNOWN);
    assertProblem(() -> enrolment.enrol(probe, used), RemoteException.Problem.CODE_USED);
    assertThat(enrolment.link()).isEmpty();

    enrolment.enrol(probe, code());
    assertProblem(() -> enrolment.enrol(probe, code()), RemoteException.Problem.ALREADY_ENROLLED);
  }

  @Test
  void aDifferentCertificateIsRefusedBeforeTheCodeIsSent() throws Exception {
    ServerProbe real = enrolment.probe(address);
    ServerProbe forged = new ServerProbe(real.address(), "ab".repeat(32), real.serverId());
    String code = code();

    assertProblem(() -> enrolment.enrol(forged, code), RemoteException.Problem.CERTIFICATE_CHANGED);
    assertThat(enrolment.enrol(real, code).serverId()).isEqualTo(real.serverId());
  }

  @Test
  void unreachableAndMalformedAddressesAreToldApart() {
    assertProblem(() -> enrolment.probe("http://example.org"), RemoteException.Problem.BAD_ADDRESS);
    assertProblem(() -> enrolment.probe("https://h/x?y"), RemoteException.Problem.BAD_ADDRESS);
    assertProblem(() -> enrolment.probe(" "), RemoteException.Problem.BAD_ADDRESS);
    assertProblem(() -> enrolment.probe("127.0.0.1:1"), RemoteException.Problem.UNREACHABLE);
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void assertProblem(Call call, RemoteException.Problem expected) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            RemoteException.class, e -> assertThat(e.problem()).isEqualTo(expected));
  }
}
