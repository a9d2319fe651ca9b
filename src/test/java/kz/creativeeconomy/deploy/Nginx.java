package kz.creativeeconomy.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's nginx (`apt install nginx-light`) as the proxy in front of several instances, as an ingress would be. */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    final int port;
    private final Process process;

    private Nginx(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Balances over the instances; a GET that meets a closed connection or a 502/503 goes to the next instance, as the
     * NGINX ingress controller does by default (proxy_next_upstream error timeout).
     */
    static Nginx balancing(String name, List<Integer> upstreamPorts) {
        Path prefix = Path.of("target/nginx", name).toAbsolutePath();
        int port = LocalPostgres.freePort();
        StringBuilder servers = new StringBuilder();
        for (int upstream : upstreamPorts) {
            servers.append("    server 127.0.0.1:").append(upstream).append(" max_fails=1 fail_timeout=5s;\n");
        }
        String config = """
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream api {
                %2$s    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://api;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_next_upstream error timeout http_502 http_503;
                      proxy_connect_timeout 2s;
                      proxy_buffering off;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(prefix, servers, port);
        try {
            Files.createDirectories(prefix);
            Files.writeString(prefix.resolve("nginx.conf"), config);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                    "-g", "daemon off;").redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
            Nginx nginx = new Nginx(port, process);
            for (int i = 0; i < 50 && !Files.exists(prefix.resolve("nginx.pid")); i++) {
                AppProcess.sleep(100);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx did not start: " + Files.readString(prefix.resolve("stdout.log")));
            }
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
