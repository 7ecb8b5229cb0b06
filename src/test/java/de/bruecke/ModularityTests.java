package de.bruecke;

import java.io.IOException;
import java.nio.file.Path;

import de.bruecke.support.GeneratedDocs;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /** Generated into target/, then copied to docs/modules only where it changed in more than line order. */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeDocumentation();
        GeneratedDocs.update(generated, Path.of("docs/modules"));
    }
}
