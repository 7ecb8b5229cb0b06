package de.bruecke.assessment.results;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import de.bruecke.platform.SupportedLanguage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a closed round's results and action plan as a tagged, accessible PDF (PDF/UA, also PDF/A-3u): the XHTML
 * template {@code assessment/results-pdf} through openhtmltopdf, with the Noto fonts of the system embedded (Latin,
 * Cyrillic and Arabic; Arabic right to left; Noto Sans Math, where installed, for signs such as −). Refuses with {@link FontsMissing} when a font file is not there.
 */
@Component
class ResultsPdf {

    static final String TEMPLATE = "assessment/results-pdf";
    static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoNaskhArabic-Regular.ttf");

    /** A font the PDF needs is not installed (Debian package {@code fonts-noto-core}). */
    static final class FontsMissing extends RuntimeException {

        FontsMissing(Path missing) {
            super("Font file missing: " + missing);
        }
    }

    private final ITemplateEngine templates;
    private Path fontDirectory;

    ResultsPdf(ITemplateEngine templates,
            @Value("${bruecke.pdf.font-directory:/usr/share/fonts/truetype/noto}") String fontDirectory) {
        this.templates = templates;
        this.fontDirectory = Path.of(fontDirectory);
    }

    byte[] render(Map<String, Object> model, Locale locale) {
        for (String font : FONTS) {
            if (!Files.isReadable(fontDirectory.resolve(font))) {
                throw new FontsMissing(fontDirectory.resolve(font));
            }
        }
        SupportedLanguage language = SupportedLanguage.of(locale).orElse(SupportedLanguage.fallback());
        Context context = new Context(locale, model);
        context.setVariable("lang", language.code());
        context.setVariable("rtl", language.direction().equals("rtl"));
        String xhtml = templates.process(TEMPLATE, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer("Brücke")
                .useFont(fontDirectory.resolve(FONTS.get(0)).toFile(), "Noto Sans", 400, FontStyle.NORMAL, true)
                .useFont(fontDirectory.resolve(FONTS.get(1)).toFile(), "Noto Sans", 700, FontStyle.NORMAL, true)
                .useFont(fontDirectory.resolve(FONTS.get(2)).toFile(), "Noto Naskh Arabic", 400, FontStyle.NORMAL,
                        true)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .defaultTextDirection(language.direction().equals("rtl") ? TextDirection.RTL : TextDirection.LTR)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        Path bold = fontDirectory.resolve("NotoNaskhArabic-Bold.ttf");
        if (Files.isReadable(bold)) {
            builder.useFont(bold.toFile(), "Noto Naskh Arabic", 700, FontStyle.NORMAL, true);
        }
        Path math = fontDirectory.resolve("NotoSansMath-Regular.ttf");
        if (Files.isReadable(math)) {
            builder.useFont(math.toFile(), "Noto Sans Math", 400, FontStyle.NORMAL, true);
        }
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
