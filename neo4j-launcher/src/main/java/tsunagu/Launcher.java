package tsunagu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community for Tsunagu as a local process: Bolt on 127.0.0.1 only, auth on,
 * the password of the "neo4j" user read from a file in the home (written there by the
 * Python side with 0600 permissions). Stops cleanly on SIGTERM.
 *
 * Usage: Launcher --home DIR --port N --password-file FILE [--pagecache BYTES] [--tx-memory BYTES]
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(require(opts, "--home")).toAbsolutePath();
        int port = Integer.parseInt(require(opts, "--port"));
        String password = Files.readString(Path.of(require(opts, "--password-file")),
                StandardCharsets.UTF_8).strip();
        long pagecache = Long.parseLong(opts.getOrDefault("--pagecache", String.valueOf(128L << 20)));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (opts.containsKey("--tx-memory")) {  // default: Neo4j's own, 70% of the heap
            builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                    Long.parseLong(opts.get("--tx-memory")));
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // The ward's clock (service/clock.py): date() and datetime() in Cypher give the
                // ward's day, as Python does, whatever zone the machine keeps.
                .setConfig(GraphDatabaseSettings.db_temporal_timezone,
                        ZoneId.of(opts.getOrDefault("--timezone", "Z")))
                // One plan per statement, not one per size class (1, up to 10, up to 100, ...) of
                // each string and list parameter: ids of 8 and of 17 characters cost a second plan
                // of 0.2-0.5 s on a page's first visits after every start (docs/performance.md).
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                // The server sends a keep-alive on every open request at least once a second,
                // and tells drivers so (the connection.recv_timeout_seconds hint): a client
                // then gives up on a hung server within seconds instead of waiting forever.
                .setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
                .setConfig(BoltConnector.connection_keep_alive, Duration.ofSeconds(1))
                .setConfig(BoltConnector.connection_keep_alive_streaming_scheduling_interval, Duration.ofMillis(500))
                .setConfig(BoltConnector.connection_keep_alive_probes, 2)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("tsunagu-launcher: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }, "tsunagu-shutdown"));

        setPassword(dbms, password);
        System.out.println("tsunagu-launcher: ready bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** Sets the neo4j user's password; an unchanged password is not an error. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database("system");
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value");
        }
        java.util.HashMap<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) throws IOException {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return value;
    }
}
