package cartsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** Checks that an exported file is a real, non-blank image of the requested size. */
final class ImageAssertions {

    private ImageAssertions() {
    }

    static void assertPng(Path file, int width, int height) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, file + " is not a readable image");
        assertEquals(width, img.getWidth(), "width of " + file);
        assertEquals(height, img.getHeight(), "height of " + file);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        // a blank or single-colour image has a handful; text, lines and anti-aliasing give many
        assertTrue(colours.size() > 20, file + " looks blank: " + colours.size() + " distinct colours");
    }

    static void assertSvg(Path file, String expectedText) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the SVG DOCTYPE names the W3C DTD; tests run offline and only need well-formedness
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName(), file + " root element");
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains(expectedText), file + " lacks text '" + expectedText + "'");
        assertTrue(Files.size(file) > 1000, file + " is suspiciously small");
    }
}
