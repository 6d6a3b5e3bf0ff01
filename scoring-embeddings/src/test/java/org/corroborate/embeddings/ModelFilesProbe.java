package org.corroborate.embeddings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link ModelFilesTest} in a JVM of its own: loads the model, embeds two texts, and
 * prints the temporary folder of its native files and whether that folder still exists.
 */
final class ModelFilesProbe {
  private ModelFilesProbe() {}

  public static void main(String[] args) {
    SentenceEmbeddings e = SentenceEmbeddings.of(List.of("one text", "another text"));
    Path folder = SentenceEmbeddings.modelFolder();
    System.out.println("vectors=" + e.distinctTexts());
    System.out.println("folder=" + folder);
    System.out.println("exists=" + Files.exists(folder));
  }
}
