package org.corroborate.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * The temporary folder that holds the model's native files while they are loaded, and the
 * settings that send the libraries there instead of the user's home.
 *
 * <p>Three libraries unpack native code. DJL's Hugging Face tokenizer copies {@code libtokenizers}
 * to {@code Utils.getEngineCacheDir("tokenizers")}: the environment variable or system property
 * {@code ENGINE_CACHE_DIR}, else {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}. ONNX Runtime loads
 * its two libraries from the folder named by the system property {@code onnxruntime.native.path}
 * when they are there, else copies them to a {@code onnxruntime-java*} folder of {@code
 * java.io.tmpdir} that it deletes at exit. JNA, which DJL calls to look for a GPU, unpacks its
 * dispatch library to the system property {@code jna.tmpdir}, else {@code ~/.cache/JNA/temp}. Before the model is first touched, {@link #prepare()}
 * creates one folder {@code corroborate-embeddings-*} under {@code java.io.tmpdir}, sets {@code
 * ENGINE_CACHE_DIR} and {@code DJL_CACHE_DIR} to its {@code djl} subfolder (and {@code
 * ai.djl.offline} to true, so nothing is ever downloaded), {@code jna.tmpdir} to its {@code
 * jna} subfolder, copies ONNX Runtime's two libraries for
 * this platform from its jar into its {@code onnxruntime} subfolder and points {@code
 * onnxruntime.native.path} there. A setting the host already made, as a system property or an
 * environment variable, is kept: the host chose it. Once the model is loaded (the libraries are
 * mapped into the process), {@link #release()} deletes the folder; a shutdown hook deletes whatever
 * is left at exit (on systems that lock loaded libraries).
 */
final class ModelFiles {
  static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";
  static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";
  static final String DJL_OFFLINE = "ai.djl.offline";
  static final String ORT_NATIVE_PATH = "onnxruntime.native.path";
  static final String JNA_TMPDIR = "jna.tmpdir";

  private final Path folder;

  private ModelFiles(Path folder) {
    this.folder = folder;
  }

  /**
   * Creates the folder, makes the libraries use it and registers its deletion at exit.
   *
   * @throws UncheckedIOException if the folder cannot be created or written
   */
  static ModelFiles prepare() {
    Path folder;
    try {
      folder = Files.createTempDirectory("corroborate-embeddings-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary folder for the model", e);
    }
    ModelFiles files = new ModelFiles(folder);
    Runtime.getRuntime().addShutdownHook(new Thread(files::release, "corroborate-embeddings-cleanup"));
    try {
      Path djl = Files.createDirectory(folder.resolve("djl"));
      setUnlessChosen(ENGINE_CACHE_DIR, djl.toString());
      setUnlessChosen(DJL_CACHE_DIR, djl.toString());
      setUnlessChosen(DJL_OFFLINE, "true");
      if (System.getProperty(JNA_TMPDIR) == null) {
        System.setProperty(JNA_TMPDIR, Files.createDirectory(folder.resolve("jna")).toString());
      }
      if (System.getProperty(ORT_NATIVE_PATH) == null) {
        Path ort = Files.createDirectory(folder.resolve("onnxruntime"));
        if (copyOnnxRuntime(ort)) {
          System.setProperty(ORT_NATIVE_PATH, ort.toString());
        }
      }
    } catch (IOException e) {
      files.release();
      throw new UncheckedIOException("could not prepare the model's folder " + folder, e);
    }
    return files;
  }

  /** The folder; it no longer exists after {@link #release()}. */
  Path folder() {
    return folder;
  }

  /** Deletes the folder and everything in it; what cannot be deleted now is left for exit. */
  void release() {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
          delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      folder.toFile().deleteOnExit();
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      path.toFile().deleteOnExit(); // a loaded library on a system that locks it
    }
  }

  private static void setUnlessChosen(String name, String value) {
    if (System.getenv(name) == null && System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }

  /**
   * Copies ONNX Runtime's libraries for this platform from its jar into {@code target}, under the
   * names it loads them by; returns false (ONNX Runtime then unpacks them itself, under {@code
   * java.io.tmpdir}) when its jar has none for this platform.
   */
  private static boolean copyOnnxRuntime(Path target) throws IOException {
    String platform = onnxRuntimePlatform();
    ClassLoader loader = ModelFiles.class.getClassLoader();
    List<String> names = List.of(System.mapLibraryName("onnxruntime"),
        System.mapLibraryName("onnxruntime4j_jni"));
    for (String name : names) {
      if (loader.getResource("ai/onnxruntime/native/" + platform + "/" + name) == null) {
        return false;
      }
    }
    for (String name : names) {
      try (InputStream in = loader.getResourceAsStream("ai/onnxruntime/native/" + platform + "/"
          + name)) {
        Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return true;
  }

  /** ONNX Runtime's name for this platform's folder in its jar, such as {@code linux-x64}. */
  static String onnxRuntimePlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osPart = os.contains("mac") || os.contains("darwin") ? "osx"
        : os.contains("win") ? "win" : "linux";
    String archPart = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
        : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
    return osPart + "-" + archPart;
  }

  @Override
  public String toString() {
    return "ModelFiles[" + folder + "]";
  }
}
