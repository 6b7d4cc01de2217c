package io.github.omneoid.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Which modules reach Maven Central is decided in two places, and they must agree: a module that is not a library
 * sets {@code maven.deploy.skip} (honoured by {@code mvn deploy}), and the release profile lists it in the Central
 * plugin's {@code excludeArtifacts} (that plugin ignores {@code maven.deploy.skip}). A new module must be put on
 * one side or the other on purpose: the published set is spelled out here.
 */
class PublishedModulesTest {

  private static final List<String> PUBLISHED = List.of("omneo-id-bom", "omneo-id-client", "omneo-id-models",
      "omneo-id-retrofit", "omneo-id-sandbox", "omneo-id-spec", "omneo-id-jackson", "omneo-id-jackson3",
      "omneo-id-spring-boot-autoconfigure", "omneo-id-spring-boot-starter", "omneo-id-spring-boot-test");

  @Test
  void deploySkipsAndTheCentralExclusionsAgree() throws Exception {
    Path rootDir = Paths.get(System.getProperty("consumer.root")).toAbsolutePath().normalize();
    Document rootPom = parse(rootDir.resolve("pom.xml"));

    TreeSet<String> published = new TreeSet<>();
    TreeSet<String> skipped = new TreeSet<>();
    skipped.add(text(rootPom.getDocumentElement(), "artifactId")); // the parent: deploy-plugin skip, not inherited
    for (Element module : children(child(rootPom.getDocumentElement(), "modules"), "module")) {
      Element project = parse(rootDir.resolve(module.getTextContent().trim()).resolve("pom.xml")).getDocumentElement();
      Element properties = child(project, "properties");
      boolean skip = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
      (skip ? skipped : published).add(text(project, "artifactId"));
    }

    TreeSet<String> excluded = new TreeSet<>();
    for (Element profile : children(child(rootPom.getDocumentElement(), "profiles"), "profile")) {
      if ("release".equals(text(profile, "id"))) {
        for (Element plugin : children(child(child(profile, "build"), "plugins"), "plugin")) {
          if ("central-publishing-maven-plugin".equals(text(plugin, "artifactId"))) {
            for (Element e : children(child(child(plugin, "configuration"), "excludeArtifacts"), "excludeArtifact")) {
              excluded.add(e.getTextContent().trim());
            }
          }
        }
      }
    }

    assertThat(published).as("modules without maven.deploy.skip").containsExactlyInAnyOrderElementsOf(PUBLISHED);
    assertThat(excluded).as("release profile: excludeArtifacts vs modules that skip deploy (and the parent)")
        .containsExactlyElementsOf(skipped);
  }

  private static Document parse(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element && name.equals(n.getNodeName())) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
