package org.tradekg.export;

import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.NamespaceContext;

/** One prefix for XPath over a namespaced document. */
record SingleNamespace(String prefix, String uri) implements NamespaceContext {

    @Override
    public String getNamespaceURI(String p) {
        return prefix.equals(p) ? uri : null;
    }

    @Override
    public String getPrefix(String u) {
        return uri.equals(u) ? prefix : null;
    }

    @Override
    public Iterator<String> getPrefixes(String u) {
        return uri.equals(u) ? List.of(prefix).iterator() : List.<String>of().iterator();
    }
}
