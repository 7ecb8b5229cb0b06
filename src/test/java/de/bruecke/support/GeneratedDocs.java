package de.bruecke.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings generated documentation into the work tree without churn: a file is replaced only when its lines differ
 * from the committed one in more than their order (Spring Modulith's Documenter lists modules and relations in no
 * fixed order), so a build that changes nothing leaves {@code git status} clean.
 */
public final class GeneratedDocs {

    private GeneratedDocs() {
    }

    /** Makes {@code target} hold what {@code generated} holds: changed and new files copied, vanished ones deleted. */
    public static void update(Path generated, Path target) throws IOException {
        Set<Path> files = relativeFiles(generated);
        for (Path file : files) {
            Path source = generated.resolve(file);
            Path existing = target.resolve(file);
            if (!Files.isRegularFile(existing) || !sortedLines(existing).equals(sortedLines(source))) {
                Files.createDirectories(existing.getParent());
                Files.copy(source, existing, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.isDirectory(target)) {
            for (Path file : relativeFiles(target)) {
                if (!files.contains(file)) {
                    Files.delete(target.resolve(file));
                }
            }
        }
    }

    private static Set<Path> relativeFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).map(folder::relativize).collect(Collectors.toSet());
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::stripTrailing).sorted().toList();
    }
}
