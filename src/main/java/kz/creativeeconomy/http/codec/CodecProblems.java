package kz.creativeeconomy.http.codec;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import kz.creativeeconomy.common.Problem;
import kz.creativeeconomy.common.ProblemTypes;
import kz.creativeeconomy.http.HttpProblems;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives Vert.x's answer to a request the codec could not parse a problem+json body. Vert.x still decides the answer
 * (414, 431 or 400), answers in order after any pipelined request before it, and closes the connection; this handler
 * only puts a body into that one answer, which it knows as the answer to the request it saw fail. The decoder reads
 * nothing after a failed request, so a connection has at most one such answer and it is the last.
 * <p>
 * Below Netty's limits every refusal comes from the application (RequestGuard), in the request's language; these come
 * in English, since nothing of the request can be trusted, not even its lang.
 */
final class CodecProblems extends ChannelDuplexHandler {

    private static final int MAX_ECHO = 100;

    private long requests;
    private long answers;
    /** Which answer (0, 1, ...) belongs to the request the codec failed on; -1 while none has. */
    private long failedAnswer = -1;
    private DecoderResult failure;

    @Override
    public void channelRead(ChannelHandlerContext context, Object message) {
        if (message instanceof HttpRequest request) {
            if (request.decoderResult().isFailure() && failedAnswer < 0) {
                failedAnswer = requests;
                failure = request.decoderResult();
            }
            requests++;
        }
        context.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
        if (message instanceof HttpResponse response && response.status().codeClass() != io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL) {
            long answer = answers++;
            if (answer == failedAnswer && message instanceof FullHttpResponse full && full.content().readableBytes() == 0) {
                FullHttpResponse problem = problemFor(full.status());
                ReferenceCountUtil.release(message);
                context.write(problem, promise);
                return;
            }
        }
        context.write(message, promise);
    }

    private FullHttpResponse problemFor(HttpResponseStatus status) {
        byte[] body = HttpProblems.body(problem(status.code(), failure.cause()));
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        headers.set(HttpHeaderNames.CONNECTION, "close");
        headers.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        return response;
    }

    static Problem problem(int status, Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            int limit = limit("api.limits.uri-length", 8192);
            return HttpProblems.problem(status, ProblemTypes.URI_TOO_LONG, "URI too long", "The request line is longer than the "
                    + "server reads, so it was not read. Ask for fewer filter values per request.", null,
                    "request URI", "over the limit", "at most " + limit + " characters");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            int limit = limit("api.limits.header-bytes", 16384);
            return HttpProblems.problem(status, ProblemTypes.HEADERS_TOO_LARGE, "Request header fields too large", "The request "
                    + "headers are longer than the server reads, so they were not read.", null,
                    "headers", "over the limit", "at most " + limit + " bytes of header names and values");
        }
        return HttpProblems.problem(status, ProblemTypes.BAD_REQUEST, "Malformed request", "The request is not valid HTTP/1.1, "
                + "so it was not read: " + echo(cause) + ".", null, "request", echo(cause),
                "a request as RFC 9112 defines it: a request line, headers, and a body framed by Content-Length or chunked encoding");
    }

    private static int limit(String key, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(fallback);
    }

    /** Netty's words for what broke, without control characters and at most 100 characters of them. */
    private static String echo(Throwable cause) {
        String message = cause == null || cause.getMessage() == null ? "unreadable request" : cause.getMessage();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < message.length() && out.length() < MAX_ECHO; i++) {
            char c = message.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString().strip();
    }
}
