package kz.creativeeconomy.http.codec;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.vertx.core.impl.transports.JDKTransport;
import io.vertx.core.net.NetServerOptions;

/**
 * Vert.x's JDK transport, plus one step when an HTTP server's connection is set up: {@link CodecProblems} goes into
 * each HTTP connection's pipeline just before Vert.x's request handler. It is how a request the HTTP codec cannot parse
 * (a request line or header block beyond Netty's limits, broken framing) gets a problem+json body: Vert.x answers
 * those itself, with an empty body, through a hook (HttpServer#invalidRequestHandler) that Quarkus does not expose.
 * <p>
 * Vert.x loads it through its Transport service interface (META-INF/services), which it consults only when
 * quarkus.vertx.prefer-native-transport is true; being a JDKTransport, Vert.x and Quarkus still see the plain JDK
 * transport. The pipeline is complete when Vert.x's initializer returns only for HTTP/1.1 without the h2c sniffing,
 * which {@link Http1Only} turns off.
 */
public class CodecProblemsTransport extends JDKTransport {

    static final String HANDLER = "codecProblems";
    /** Vert.x's names for the request decoder and the request handler in an HTTP/1.x pipeline (HttpServerWorker). */
    static final String VERTX_DECODER = "httpDecoder";
    static final String VERTX_HANDLER = "handler";

    @Override
    public void configure(NetServerOptions options, boolean domainSocket, ServerBootstrap bootstrap) {
        super.configure(options, domainSocket, bootstrap);
        // Vert.x passes a NetServerOptions copy even for an HTTP server; the pipeline tells HTTP connections apart.
        if (bootstrap.config().childHandler() != null) {
            bootstrap.childHandler(new WithCodecProblems(bootstrap.config().childHandler()));
        }
    }

    /** Runs Vert.x's own initializer, then adds {@link CodecProblems} in front of Vert.x's handler. */
    @ChannelHandler.Sharable
    static final class WithCodecProblems extends ChannelInitializer<Channel> {

        private final ChannelHandler vertx;

        WithCodecProblems(ChannelHandler vertx) {
            this.vertx = vertx;
        }

        @Override
        protected void initChannel(Channel channel) {
            ChannelPipeline pipeline = channel.pipeline();
            pipeline.addLast(vertx);
            if (pipeline.get(VERTX_DECODER) != null && pipeline.get(VERTX_HANDLER) != null) {
                pipeline.addBefore(VERTX_HANDLER, HANDLER, new CodecProblems());
            }
        }
    }
}
