package de.bruecke.region;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Datenquellen und Lizenzen": the attributions the bundled data requires. */
@Controller
class SourcesController {

    @GetMapping("/sources")
    String sources() {
        return "region/sources";
    }
}
