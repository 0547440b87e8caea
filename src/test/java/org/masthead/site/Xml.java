package org.masthead.site;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * XML as a crawler reads it: namespace-aware, with DOCTYPEs and external entities refused, validated against
 * the sitemap schemas written for these tests ({@code src/test/resources/xsd}).
 */
final class Xml {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private static final Schema SITEMAPS = schema("/xsd/sitemap-news.xsd", "/xsd/sitemap.xsd");

    private Xml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() { // throw, without printing to stderr first
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** Fails with the validator's message when {@code doc} breaks the sitemap or news schema. */
    static void validateSitemap(Document doc) {
        try {
            Validator v = SITEMAPS.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.validate(new DOMSource(doc));
        } catch (SAXException | IOException e) {
            throw new AssertionError("invalid sitemap: " + e.getMessage(), e);
        }
    }

    /** The elements named {@code ns}:{@code local} anywhere under {@code parent}; {@code ns} null for none. */
    static List<Element> all(org.w3c.dom.Node parent, String ns, String local) {
        NodeList nodes = parent instanceof Document d ? d.getElementsByTagNameNS("*", local)
                : ((Element) parent).getElementsByTagNameNS("*", local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (Objects.equals(ns, nodes.item(i).getNamespaceURI())) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    /** The direct children of {@code parent} named {@code ns}:{@code local}. */
    static List<Element> children(Element parent, String ns, String local) {
        return all(parent, ns, local).stream().filter(e -> e.getParentNode() == parent).toList();
    }

    static String text(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        return c.isEmpty() ? null : c.get(0).getTextContent();
    }

    private static Schema schema(String... resources) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Source[] sources = new Source[resources.length];
            for (int i = 0; i < resources.length; i++) {
                sources[i] = new StreamSource(Xml.class.getResourceAsStream(resources[i]), resources[i]);
            }
            return f.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
