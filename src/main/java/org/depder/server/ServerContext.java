package org.depder.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import org.depder.server.admin.AdminService;
import org.depder.server.config.ServerConfig;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.distribution.Custody;
import org.depder.server.distribution.PullService;
import org.depder.server.distribution.ReceiptService;
import org.depder.server.distribution.ServerRevisions;
import org.depder.server.enrol.ServerIdentity;
import org.depder.server.ingest.IngestService;
import org.depder.server.keys.ServerKeyFile;
import org.depder.server.keys.ServerKeys;
import org.depder.server.keys.TlsIdentities;
import org.depder.server.keys.TlsIdentity;
import org.depder.server.reference.ReferenceService;
import org.depder.server.storage.ServerDatabase;
import org.depder.server.storage.SqlServerStore;
import org.depder.sync.bundle.BundleLimits;

/**
 * The server's wiring shared by {@code server} and {@code admin}: keys and TLS identity from the
 * data directory (created on first use), the database (migrated), and the store over it.
 */
public final class ServerContext implements AutoCloseable {
  private final ServerConfig config;
  private final ServerKeys keys;
  private final TlsIdentity tls;
  private final ServerStore store;
  private final SecureRandom random;
  private final Clock clock;
  private final ServerRevisions serverRevisions;

  private ServerContext(
      ServerConfig config,
      ServerKeys keys,
      TlsIdentity tls,
      ServerStore store,
      SecureRandom random,
      Clock clock) {
    this.config = config;
    this.keys = keys;
    this.tls = tls;
    this.store = store;
    this.random = random;
    this.clock = clock;
    this.serverRevisions = new ServerRevisions(keys, random, clock);
  }

  /** Opens everything, creating keys, certificate and schema on first use. */
  public static ServerContext open(ServerConfig config, SecureRandom random, Clock clock) {
    Path dir = config.dataDir();
    try {
      if (!Files.exists(dir)
          && dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new ServerException(ErrorCode.KEY_FILE, "cannot create the data directory", e);
    }
    ServerKeys keys = ServerKeyFile.loadOrCreate(dir, random, clock);
    try {
      TlsIdentity tls =
          config.tlsKeystore().isPresent()
              ? TlsIdentities.load(config.tlsKeystore().get(), config.tlsKeystorePassword().get())
              : TlsIdentities.loadOrCreate(dir, config.tlsHostnames(), random, clock);
      ServerStore store = new SqlServerStore(ServerDatabase.open(config.database()));
      ServerContext context = new ServerContext(config, keys, tls, store, random, clock);
      context.admin().recordInitialisation(keys.id());
      return context;
    } catch (RuntimeException e) {
      keys.close();
      throw e;
    }
  }

  public ServerConfig config() {
    return config;
  }

  public ServerKeys keys() {
    return keys;
  }

  public TlsIdentity tls() {
    return tls;
  }

  public ServerStore store() {
    return store;
  }

  public SecureRandom random() {
    return random;
  }

  public Clock clock() {
    return clock;
  }

  public ServerIdentity identity() {
    return new ServerIdentity(keys.id(), keys.publicKeys(), tls.certificateSha256());
  }

  /** The server's own revisions (device keys, custody), signed with its key. */
  public ServerRevisions serverRevisions() {
    return serverRevisions;
  }

  public PullService pull() {
    return new PullService(store, keys, serverRevisions(), BundleLimits.V1, random, clock);
  }

  public ReceiptService receipts() {
    return new ReceiptService(store, keys, serverRevisions(), BundleLimits.V1, clock);
  }

  public Custody custody() {
    return new Custody(store, serverRevisions(), clock);
  }

  public ReferenceService reference() {
    return new ReferenceService(store, keys, clock);
  }

  public IngestService ingest() {
    return new IngestService(store, keys, BundleLimits.V1, random, clock);
  }

  public AdminService admin() {
    return new AdminService(store, random, clock);
  }

  @Override
  public void close() {
    store.close();
    keys.close();
  }
}
