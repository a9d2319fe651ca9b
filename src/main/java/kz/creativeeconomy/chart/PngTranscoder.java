package kz.creativeeconomy.chart;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** SVG to PNG with Apache Batik (Apache-2.0), for social cards and Open Graph images. */
final class PngTranscoder {

    static {
        // A server has no display: Batik's Java2D rendering must not look for one.
        System.setProperty("java.awt.headless", "true");
    }

    private PngTranscoder() {
    }

    static byte[] png(String svgDocument, int width) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) width);
        // The chart draws its own white background; this fills anything the template leaves transparent.
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        TranscoderInput input = new TranscoderInput(new StringReader(svgDocument));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            transcoder.transcode(input, new TranscoderOutput(bytes));
        } catch (TranscoderException e) {
            // The SVG is the app's own template: failing here is a bug, not bad input.
            throw new IllegalStateException("The chart SVG could not be drawn as PNG", e);
        }
        return bytes.toByteArray();
    }
}
