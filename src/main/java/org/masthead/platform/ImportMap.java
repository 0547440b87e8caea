package org.masthead.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The import map through which the staff editor's ES modules ({@code static/admin/editor/}) find ProseMirror:
 * bare module names to the WebJars that pom.xml lists, by URLs without versions (webjars-locator-lite fills
 * them in), so upgrading a WebJar changes neither this text nor its hash. A page that loads the editor prints
 * {@link #MARKUP} verbatim; the staff pages' CSP allows exactly that inline script by {@link #SCRIPT_SOURCE}
 * (rejected: {@code 'unsafe-inline'}; a nonce, which would make the CSP differ per response; and a bundler,
 * since CI reaches Maven Central only).
 */
public final class ImportMap {

    /** The module names the editor imports, each served from {@code /webjars/}. */
    public static final String JSON = "{\"imports\":{"
            + module("prosemirror-model") + "," + module("prosemirror-transform") + "," + module("prosemirror-state") + ","
            + module("prosemirror-view") + "," + module("prosemirror-commands") + "," + module("prosemirror-keymap") + ","
            + module("prosemirror-history") + "," + module("prosemirror-schema-list") + ","
            + module("prosemirror-inputrules") + "," + module("prosemirror-dropcursor") + ","
            + module("prosemirror-gapcursor") + "," + module("orderedmap") + "," + module("rope-sequence") + ","
            + "\"w3c-keyname\":\"/webjars/w3c-keyname/index.js\"}}";

    /** The element a page that loads the editor carries, before its {@code <script type="module">}. */
    public static final String MARKUP = "<script type=\"importmap\">" + JSON + "</script>";

    /** The CSP source that lets {@link #MARKUP} run, for the staff pages' {@code script-src}. */
    public static final String SCRIPT_SOURCE = "'sha256-" + sha256(JSON) + "'";

    private ImportMap() {
    }

    private static String module(String name) {
        return "\"" + name + "\":\"/webjars/" + name + "/dist/index.js\"";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
