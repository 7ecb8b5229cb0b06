package de.bruecke.assessment.results;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.round.Round;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.organisation.Organisation;
import de.bruecke.platform.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Als PDF herunterladen": a closed round's results and action plan as an accessible PDF, for whoever may read the
 * results page. When the fonts are not installed, a page says so (503) instead of an error.
 */
@Controller
class ResultsPdfController {

    private static final Logger log = LoggerFactory.getLogger(ResultsPdfController.class);

    private final RoundPages pages;
    private final ResultsView view;
    private final ResultReaders readers;
    private final ResultsPdf pdf;

    ResultsPdfController(RoundPages pages, ResultsView view, ResultReaders readers,
            ResultsPdf pdf) {
        this.pages = pages;
        this.view = view;
        this.readers = readers;
        this.pdf = pdf;
    }

    @GetMapping(AssessmentRoutes.BASE + "/{round}/results.pdf")
    Object download(@PathVariable UUID organisation, @PathVariable UUID round, Actor actor,
            Locale locale, Model model) {
        Organisation org = pages.organisation(organisation);
        ResultReaders.Reader reader = readers.of(actor, org);
        Round current = pages.closedRound(org, round);
        readers.requireShared(reader, current);
        byte[] document;
        try {
            document = pdf.render(view.of(org, current, locale), locale);
        }
        catch (ResultsPdf.FontsMissing missing) {
            log.error("Cannot create the results PDF: {}", missing.getMessage());
            model.addAttribute("organisation", org);
            model.addAttribute("roundBase", RoundPages.base(org, current));
            return new org.springframework.web.servlet.ModelAndView("assessment/pdf-unavailable", model.asMap(),
                    HttpStatus.SERVICE_UNAVAILABLE);
        }
        String name = "bedarfsermittlung-" + LocalDate.ofInstant(current.closedAt(), RoundPages.ZONE) + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(document);
    }
}
