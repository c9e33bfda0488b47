package com.resellerplans.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every link of the repository's Markdown files leads somewhere a clone has. */
class DocumentationLinksTest {

    @Test
    void everyLinkOfEveryMarkdownFileResolvesInsideTheRepository() {
        Path root = Repo.root();
        List<Path> files = MarkdownLinks.markdownFiles(root);

        List<String> problems = files.stream()
                .flatMap(file -> MarkdownLinks.problems(root, file).stream())
                .toList();

        assertThat(files)
                .as("Markdown files found")
                .contains(root.resolve("README.md"), root.resolve("docs/design.md"));
        assertThat(problems).as("broken links").isEmpty();
    }

    @Test
    void aMissingFileAnEscapeAnAbsolutePathAndAnUnknownAnchorAreEachReported(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(
                root.resolve("docs/guide.md"), "# Guide\n\n## Running `./run` twice\n\n## Steps\n\n## Steps\n");
        Path readme = root.resolve("README.md");
        Files.writeString(readme, """
                [fine](docs/guide.md#running-run-twice) [second](docs/guide.md#steps-1) [web](https://example.com/x.md)
                [gone](docs/missing.md) [out](../outside.md) [absolute](/etc/passwd) [anchor](docs/guide.md#nowhere)
                ```
                [in a code block](not/checked.md)
                ```
                `[in a code span](not/checked.md)` and [self](#top)
                """);

        assertThat(MarkdownLinks.problems(root, readme))
                .containsExactly(
                        "README.md: docs/missing.md — no such file",
                        "README.md: ../outside.md — leaves the repository",
                        "README.md: /etc/passwd — an absolute path or another scheme: not part of a clone",
                        "README.md: docs/guide.md#nowhere — no heading with that anchor in docs/guide.md",
                        "README.md: #top — no heading with that anchor in README.md");
    }

    @Test
    void headingsGetGitHubsSlugs() {
        assertThat(MarkdownLinks.anchors("""
                # Many instances of each service
                ### SMTP connection: `SmtpRelay`
                ## Refusals (all `application/problem+json`: `type`, `code`)
                ## The life of a POST
                ## The life of a POST
                """))
                .containsExactly(
                        "many-instances-of-each-service",
                        "smtp-connection-smtprelay",
                        "refusals-all-applicationproblemjson-type-code",
                        "the-life-of-a-post",
                        "the-life-of-a-post-1");
    }
}
