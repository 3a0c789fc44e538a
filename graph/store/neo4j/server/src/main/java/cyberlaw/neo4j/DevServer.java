package cyberlaw.neo4j;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs a Neo4j 5 community database embedded in this JVM, reachable over Bolt on loopback only,
 * without authentication: a development and test server, never a production one.
 *
 * <p>Usage: {@code DevServer <home-dir> <bolt-port> [page-cache-bytes]}. Prints one line
 * {@code READY bolt://127.0.0.1:<port>} once Bolt accepts connections; shuts the database down
 * cleanly on SIGTERM or SIGINT (a shutdown hook), so the store files need no recovery next time.
 */
public final class DevServer {
  /** 256 MiB: without a value Neo4j sizes the page cache to half the machine's memory. */
  private static final long DEFAULT_PAGE_CACHE_BYTES = 256L * 1024 * 1024;

  private DevServer() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: DevServer <home-dir> <bolt-port> [page-cache-bytes]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCache = args.length == 3 ? Long.parseLong(args[2]) : DEFAULT_PAGE_CACHE_BYTES;

    DatabaseManagementService dbms;
    try {
      dbms = start(home, port, pageCache);
    } catch (RuntimeException e) {
      // Neo4j's threads would otherwise keep a half-started JVM alive (e.g. port already bound).
      System.err.println("Neo4j failed to start: " + e);
      e.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
  }

  private static DatabaseManagementService start(Path home, int port, long pageCache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        // Test servers live in temp dirs: do not reserve 256 MiB of transaction log up front.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        // The machines running this have no internet: do not try to send usage data.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Bolt's event loops otherwise idle 5 s twice after the databases have checkpointed and
        // stopped, making every stop take 10 s for nothing.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();
  }
}
