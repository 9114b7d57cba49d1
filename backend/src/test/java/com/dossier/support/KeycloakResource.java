package com.dossier.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real Keycloak distribution (unpacked by the build into target/keycloak) with the
 * versioned realm imported, on free ports, in its own process group so that stopping it also stops
 * the Java child that kc.sh leaves behind.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {
    public static final String URL_PROPERTY = "dossier-test.keycloak-url";
    public static final String ADMIN_PASSWORD = "test-admin-" + System.nanoTime();

    private Process process;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.5"));
        Path realm = Path.of("keycloak/dossier-realm.json");
        try {
            // A fresh dev database each run: the realm file is imported as it is now, and the
            // bootstrap admin gets this run's password.
            deleteRecursively(home.resolve("data/h2"));
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(
                    realm,
                    importDir.resolve("dossier-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            int managementPort = freePort();
            ProcessBuilder builder =
                    new ProcessBuilder(
                            "setsid",
                            "bash",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + port,
                            "--http-management-port=" + managementPort,
                            "--import-realm");
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx512m");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            File log = Path.of("target/keycloak-test.log").toFile();
            builder.redirectErrorStream(true).redirectOutput(log);
            process = builder.start();
            String url = "http://localhost:" + port;
            awaitReady(url + "/realms/dossier/.well-known/openid-configuration");
            System.setProperty(URL_PROPERTY, url);
            String issuer = url + "/realms/dossier";
            String jwks = issuer + "/protocol/openid-connect/certs";
            Map<String, String> config = new HashMap<>();
            for (String prefix : List.of("", "%test.")) {
                config.put(prefix + "mp.jwt.verify.issuer", issuer);
                config.put(prefix + "mp.jwt.verify.publickey.location", jwks);
            }
            return config;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        // setsid made kc.sh the leader of a new process group whose id is its pid.
        signalGroup("-TERM");
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                signalGroup("-KILL");
                process.waitFor(10, TimeUnit.SECONDS);
            }
            // The Java child may outlive the script briefly; make sure the group is gone.
            signalGroup("-KILL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void signalGroup(String signal) {
        try {
            new ProcessBuilder("kill", signal, "--", "-" + process.pid())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(String url) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(420));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see target/keycloak-test.log");
            }
            try {
                HttpResponse<Void> response =
                        client.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not become ready in time");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
