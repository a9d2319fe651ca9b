package kz.creativeeconomy.http.codec;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain-text connections speak HTTP/1.1 only: no HTTP/2 by prior knowledge or Upgrade: h2c. The service sits behind
 * an ingress that speaks HTTP/1.1 to it, and h2c through a proxy is a known way to smuggle requests past it. It also
 * makes Vert.x build each connection's pipeline at once, which {@link CodecProblemsTransport} relies on.
 */
@ApplicationScoped
public class Http1Only implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
