// Takes the JAR signatures out of the jars in a folder (neo4j/deps/ as Maven copied it):
// the signature files under META-INF/ and the per-entry digests of the manifest. Run once
// per fetch by neo4j/server.mjs with Java's single-file source launcher:
//   java neo4j/Unsign.java neo4j/deps.tmp-1234
//
// Why: a JVM verifies every class it loads from a signed jar against the jar's signature
// (SHA-256 of the class, the manifest's digests, an RSA check of the signature file), and
// the class-data-sharing archive (neo4j/README.md, "Class archive") leaves classes of signed
// jars out, so they are loaded and verified again at every start. Five of the jars are
// signed: eclipse-collections and its API (used throughout the kernel) and BouncyCastle's
// bcprov, bcpkix and bcutil. The jars are Maven Central's, checked against their checksums
// by Maven; unsigned, a test server's start took ~7.5 instead of ~9.5 CPU-s.
//
// Each changed jar is written beside the old one and renamed over it; a jar without
// signature files is left as it is, so a second run changes nothing. Prints one line per
// jar it changed.

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

public class Unsign {
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java Unsign.java <folder of jars>");
            System.exit(2);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (unsign(jar)) System.out.println("unsigned " + jar.getFileName());
            }
        }
    }

    /** META-INF/x.SF, .RSA, .DSA, .EC and SIG-*: what makes a JarFile verify (JarFile.isSigningRelated). */
    static boolean isSignature(String name) {
        if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) return false;
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    static boolean unsign(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".unsign-tmp");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> isSignature(e.getName()))) return false;
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(file)) {
                // In the jar's order: the manifest stays the first entry, where JarInputStream looks for it.
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (isSignature(entry.getName())) continue;
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) withoutDigests(new Manifest(in)).write(out);
                        else in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** The manifest without the per-entry "<algorithm>-Digest" lines (only the signature used them) and the sections left empty. */
    static Manifest withoutDigests(Manifest manifest) {
        for (Iterator<Map.Entry<String, Attributes>> it = manifest.getEntries().entrySet().iterator(); it.hasNext(); ) {
            Attributes attributes = it.next().getValue();
            attributes.keySet().removeIf(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
            if (attributes.isEmpty()) it.remove();
        }
        return manifest;
    }
}
