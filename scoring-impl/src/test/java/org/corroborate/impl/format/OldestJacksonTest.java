package org.corroborate.impl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library on the oldest Jackson it supports (2.15, {@code jackson.oldest.version} in the
 * parent POM): the probe runs in a class loader holding our classes, our other dependencies and
 * Jackson 2.15 (copied to {@code target/oldest-jackson} by the build), and must write the same
 * bytes as on the Jackson we build with. A host pinned to 2.15 gets no {@code
 * NoClassDefFoundError}; one pinned below 2.15 does (the manifest reader needs {@code
 * StreamReadConstraints}), as the README says.
 */
class OldestJacksonTest {
  /**
   * Loads every class it holds itself before asking its parent (the platform loader, which would
   * otherwise hand back our modules' classes from the boot layer, and with them today's Jackson).
   */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null && !name.startsWith("java.")) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException e) {
            c = null;
          }
        }
        if (c == null) {
          c = super.loadClass(name, false);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
  @Test
  void readsScoresAndWrites_onJackson215_byteForByteAsOnTheCurrentJackson() throws Exception {
    Path oldest = Path.of("target", "oldest-jackson");
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> jars = Files.list(oldest)) {
      for (Path jar : jars.sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    }
    assertThat(urls).as("Jackson 2.15 jars in " + oldest).hasSize(3);
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      String path = System.getProperty(property, "");
      for (String entry : path.split(File.pathSeparator)) {
        if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("jackson-")) {
          urls.add(Path.of(entry).toUri().toURL());
        }
      }
    }
    String current = OldestJacksonProbe.run();
    String old;
    try (URLClassLoader loader = new ChildFirst(urls.toArray(URL[]::new))) {
      Class<?> probe = loader.loadClass(OldestJacksonProbe.class.getName());
      assertThat(probe.getClassLoader()).isSameAs(loader);
      old = (String) probe.getMethod("run").invoke(null);
    }
    assertThat(old).startsWith("2.15.");
    assertThat(current).doesNotStartWith("2.15.");
    String body = current.substring(current.indexOf('\n'));
    assertThat(body).contains("\"schemaVersion\": 1").contains("\"@type\": \"ClaimReview\"");
    assertThat(old.substring(old.indexOf('\n'))).isEqualTo(body);
  }
}
