package cartsim.gui;

import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Rational;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes frames as an H.264 MP4 with jcodec (pure Java, no native encoder to install). Slide
 * programs and video players show an MP4 with play, pause and seek controls, which a looping GIF
 * lacks; for this flat-coloured pixel art the file is larger than the GIF, though. H.264's 4:2:0
 * colour sampling needs even frame sizes.
 */
public final class Mp4Writer {
    private Mp4Writer() {}

    /** @param frameMs time each frame is shown */
    public static void write(List<BufferedImage> frames, int frameMs, Path file) throws IOException {
        if (frames.isEmpty()) throw new IOException("no frames to write");
        BufferedImage first = frames.get(0);
        checkSize(first.getWidth(), first.getHeight());
        FileChannelWrapper ch = NIOUtils.writableChannel(file.toFile());
        try {
            AWTSequenceEncoder enc = new AWTSequenceEncoder(ch, Rational.R(1000, frameMs));
            for (BufferedImage f : frames) enc.encodeImage(f);
            enc.finish();
        } finally {
            NIOUtils.closeQuietly(ch);
        }
    }

    /** H.264 with 4:2:0 chroma needs even sizes */
    public static void checkSize(int width, int height) {
        if (width % 2 != 0 || height % 2 != 0)
            throw new IllegalArgumentException("an MP4 needs an even --width and --height, not " + width + "×" + height);
    }
}
