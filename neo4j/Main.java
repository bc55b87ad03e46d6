// A real Neo4j 5.26 Community server for kg without Docker: the DBMS that the
// neo4j:5.26-community image runs (same kernel, Cypher, Bolt and HTTP server), started in
// this JVM through Neo4j's own test harness (org.neo4j.test:neo4j-harness), with Neo4j
// Browser served from the same HTTP server when its jar is on the classpath.
//
// Started by neo4j/server.mjs (`npm run neo4j`), which fetches the jars with Maven and picks
// JDK 17. Run by hand (JDK 17 or 21 only: Neo4j 5.26 does not support Java 25):
//   java --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
//        --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
//        -Xmx2g -cp 'neo4j/deps/*' neo4j/Main.java
//
// Environment (all optional):
//   NEO4J_BOLT_PORT     Bolt port                                      (7687)
//   NEO4J_HTTP_PORT     HTTP port (Neo4j Browser, HTTP API); "off" = none (7474)
//   NEO4J_PASSWORD      password of user neo4j; auth is always on      (kgpassword)
//   NEO4J_WORK_DIR      parent folder of the server folder              (java.io.tmpdir)
//   NEO4J_DATA_DIR      keep the databases here, across restarts        (inside the server
//                       folder, deleted on stop)
//   NEO4J_PAGECACHE_MB  page cache in MiB                              (256)
//   NEO4J_READY_FILE    written atomically once ready: NEO4J_URI=… lines
//   NEO4J_PRINT_LOGS    "1": copy neo4j.log/debug.log to stderr on stop
//   NEO4J_STOP_ON_STDIN_EOF "1": stop when stdin closes (set by server.mjs)
//
// Everything listens on 127.0.0.1 only: this is a development and CI server, not a service to
// expose. Unless NEO4J_DATA_DIR is set its data lives as long as the process.
//
// stdout, once the server answers queries:
//   NEO4J_READY bolt://127.0.0.1:7687 browser=http://127.0.0.1:7474/browser/ version=5.26.31 startup=12.3s
// then, after SIGTERM or Ctrl-C: NEO4J_STOPPED. The password is never printed.

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

public class Main {
    private static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int boltPort = port("NEO4J_BOLT_PORT", "7687");
        String httpRaw = env("NEO4J_HTTP_PORT", "7474");
        boolean http = !httpRaw.equalsIgnoreCase("off");
        int httpPort = http ? port("NEO4J_HTTP_PORT", "7474") : -1;
        String password = env("NEO4J_PASSWORD", "kgpassword");
        Path workDir = Path.of(env("NEO4J_WORK_DIR", System.getProperty("java.io.tmpdir"))).toAbsolutePath();
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));
        String dataDir = env("NEO4J_DATA_DIR", "");
        String readyFile = env("NEO4J_READY_FILE", "");
        boolean printLogs = "1".equals(env("NEO4J_PRINT_LOGS", ""));
        Files.createDirectories(workDir);
        Path importDir = Files.createDirectories(workDir.resolve("import"));

        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
                // Browser learns the Bolt address from the HTTP discovery document, built from this.
                .withConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
                // The harness default is auth off; kg's error tests need a server that says no.
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // Harness default is 8 MiB, far too small for the load benchmark.
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024L * 1024L)
                // LOAD CSV FROM 'file:///x.csv' reads <work dir>/import/x.csv (SHOW SETTINGS names it).
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .withConfig(GraphDatabaseSettings.udc_enabled, false) // no usage reports: CI has no network
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false) // no 256 MiB log files up front
                .withConfig(HttpsConnector.enabled, false)
                // Netty waits this many seconds without new work before each of Bolt's two event
                // loop groups stops (default 5): 10 s of every stop spent idle. Connections are
                // closed at once either way; the test suites stop servers several times.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        if (!dataDir.isEmpty()) {
            // The harness deletes its own folder on stop; a data directory outside it survives,
            // so a restarted server finds the graph (and a crash is recovered like any Neo4j's).
            builder = builder.withConfig(GraphDatabaseSettings.data_directory, Path.of(dataDir).toAbsolutePath());
        }
        if (password.length() < 8) {
            // 5.x rejects passwords shorter than 8 characters; a local test server may use one.
            builder = builder.withConfig(GraphDatabaseSettings.auth_minimum_password_length, 1);
        }
        if (http) {
            builder = builder
                    .withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                    .withConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort));
        } else {
            builder = builder.withDisabledServer();
        }

        final Neo4j neo4j;
        try {
            neo4j = builder.build();
        } catch (Throwable t) {
            fail("the server did not start", t, null);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (printLogs) neo4j.printLogs(System.err);
                neo4j.close(); // stops the DBMS and deletes its folder
                System.out.println("NEO4J_STOPPED");
                System.out.flush();
            } catch (Throwable t) {
                t.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));
        if ("1".equals(env("NEO4J_STOP_ON_STDIN_EOF", ""))) {
            // server.mjs keeps our stdin open; EOF means the launcher died (even by SIGKILL), and
            // a server nobody can stop any more must not keep the ports and the disk.
            Thread watchdog = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* ignore input */ }
                } catch (IOException ignored) {
                    // same as EOF
                }
                System.exit(0);
            }, "neo4j-parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        String version;
        try {
            // 5.x creates neo4j/neo4j with "change required"; set the real password before saying
            // ready (what NEO4J_AUTH=neo4j/<pw> does in the Docker image). Parameterised: the
            // password never becomes part of a statement's text or a query log line.
            try {
                neo4j.databaseManagementService()
                        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                        .executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (QueryExecutionException e) {
                // A kept NEO4J_DATA_DIR already has this password, and Neo4j refuses to "change"
                // a password to itself; anything else is a real failure.
                if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
            }
            // A query on the default database, so that ready means ready for kg.
            version = neo4j.defaultDatabaseService().executeTransactionally(
                    "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                    r -> String.valueOf(r.next().get("v")));
        } catch (Throwable t) {
            fail("the server started but does not answer queries", t, neo4j);
            return;
        }

        // Built from the configured port: the harness's boltURI() ends in a "/".
        String bolt = "bolt://" + HOST + ":" + boltPort;
        String browser = "off";
        if (http) {
            boolean hasBrowser = Main.class.getClassLoader().getResource("browser/index.html") != null;
            browser = hasBrowser ? "http://" + HOST + ":" + httpPort + "/browser/" : "missing(no neo4j-browser jar on the classpath)";
        }
        double startup = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        if (!readyFile.isEmpty()) {
            writeAtomically(Path.of(readyFile), "NEO4J_URI=" + bolt + "\nNEO4J_USERNAME=neo4j\nNEO4J_BROWSER=" + browser
                    + "\nNEO4J_IMPORT_DIR=" + importDir + "\n");
        }
        System.out.printf("NEO4J_READY %s browser=%s version=%s startup=%.1fs%n", bolt, browser, version, startup);
        System.out.flush();
        stopped.await(); // SIGTERM/SIGINT run the shutdown hook, which ends the JVM
    }

    private static void fail(String what, Throwable t, Neo4j neo4j) {
        System.err.println("NEO4J_FAILED " + what + ": " + t);
        t.printStackTrace();
        if (neo4j != null) neo4j.printLogs(System.err);
        String hint = String.valueOf(t).contains("ddress already in use")
                ? "a port is taken (another Neo4j, e.g. docker compose?): stop it or set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT"
                : "see the stack trace above; run with NEO4J_PRINT_LOGS=1 for the server log";
        System.err.println("NEO4J_HINT " + hint);
        System.exit(1);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static int port(String name, String fallback) {
        String raw = env(name, fallback);
        try {
            int p = Integer.parseInt(raw);
            // 0 would bind a random port that the advertised address (and so Browser) cannot know.
            if (p >= 1 && p <= 65535) return p;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        System.err.println("NEO4J_FAILED " + name + "=" + raw + " is not a port number (1-65535)");
        System.exit(2);
        return -1;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".neo4j-ready", ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
