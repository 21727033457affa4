package org.tradekg.rdf;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.tradekg.article.Article;
import org.tradekg.extract.Agreement;
import org.tradekg.extract.ArticleFacts;
import org.tradekg.extract.DateValue;
import org.tradekg.extract.Entity;
import org.tradekg.extract.Event;
import org.tradekg.extract.Meeting;
import org.tradekg.extract.Statement;
import org.tradekg.extract.TradeMeasure;
import org.tradekg.vocab.Namespaces;
import org.tradekg.vocab.TKG;
import org.tradekg.vocab.TKR;

/**
 * Turns one article's facts into the RDF of its named graph, following the ontology contract:
 * every typed node carries its class and all superclasses, one {@code rdfs:label} each, and every
 * event points to the article and to its evidence sentence.
 *
 * <pre>{@code
 * Model graph = GraphBuilder.build(facts);
 * dataset.replaceNamedModel(GraphBuilder.graphName(facts.article()), graph);
 * }</pre>
 */
public final class GraphBuilder {

    private GraphBuilder() {
    }

    /** The IRI naming the article's graph (the article's own IRI). */
    public static String graphName(Article article) {
        return TKR.article(article.id()).getURI();
    }

    /** The article's graph: metadata, entities, person roles and events. */
    public static Model build(ArticleFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Namespaces.prefixes());
        Article a = facts.article();
        // entities first, in a fixed order: two spellings of one key ("Co Inc", "Co Inc.") get the
        // same label in every run
        facts.entities().stream()
                .sorted(java.util.Comparator.comparing(Entity::key).thenComparing(Entity::label))
                .forEach(e -> entity(m, e));
        Resource article = m.createResource(TKR.article(a.id()).getURI());
        article.addProperty(RDF.type, TKG.Article)
                .addProperty(DCTerms.identifier, a.id())
                .addProperty(RDFS.label, a.title() != null ? a.title() : a.id());
        if (a.title() != null) {
            article.addProperty(DCTerms.title, a.title());
        }
        if (a.published() != null) {
            article.addLiteral(DCTerms.issued, date(DateValue.of(a.published())));
        }
        if (a.author() != null) {
            article.addProperty(DCTerms.creator, a.author());
        }
        if (facts.publisher() != null) {
            article.addProperty(DCTerms.publisher, entity(m, facts.publisher()));
        }
        for (Entity e : facts.cites()) {
            article.addProperty(TKG.cites, entity(m, e));
        }
        for (Entity e : facts.entities()) {
            entity(m, e).addProperty(TKG.mentionedIn, article);
        }
        for (Map.Entry<Entity, String> t : facts.titles().entrySet()) {
            entity(m, t.getKey()).addProperty(TKG.title, t.getValue());
        }
        for (Map.Entry<Entity, Set<Entity>> r : facts.affiliations().entrySet()) {
            Resource person = entity(m, r.getKey());
            r.getValue().forEach(actor -> person.addProperty(TKG.represents, entity(m, actor)));
        }
        List<Event> events = facts.events();
        for (int i = 0; i < events.size(); i++) {
            event(m, article, TKR.event(a.id(), i + 1).getURI(), events.get(i));
        }
        return m;
    }

    /** The entity's node with its types, label and links (idempotent within a model). */
    private static Resource entity(Model m, Entity e) {
        Resource r = m.createResource(TKR.entity(e.key()).getURI());
        if (r.hasProperty(RDFS.label)) {
            return r;
        }
        r.addProperty(RDFS.label, e.label());
        switch (e.type()) {
            case PERSON -> r.addProperty(RDF.type, TKG.Person).addProperty(RDF.type, TKG.Actor);
            case ORGANIZATION -> r.addProperty(RDF.type, TKG.Organization).addProperty(RDF.type, TKG.Actor);
            case PLACE -> r.addProperty(RDF.type, TKG.Place);
            case COUNTRY -> r.addProperty(RDF.type, TKG.Country).addProperty(RDF.type, TKG.Actor)
                    .addProperty(RDF.type, TKG.Place);
        }
        if (e.wikidata() != null) {
            r.addProperty(OWL.sameAs, m.createResource(Namespaces.WD + e.wikidata()));
        }
        if (e.dbpedia() != null) {
            r.addProperty(RDFS.seeAlso, m.createResource(Namespaces.DBR + e.dbpedia()));
        }
        return r;
    }

    private static void event(Model m, Resource article, String iri, Event ev) {
        Resource r = m.createResource(iri);
        r.addProperty(RDF.type, TKG.Event)
                .addProperty(RDFS.label, ev.label())
                .addProperty(TKG.reportedIn, article)
                .addProperty(TKG.evidence, ev.evidence());
        EventCodes.of(ev).forEach(code -> r.addProperty(TKG.eventCode, code));
        if (ev.date() != null) {
            r.addLiteral(TKG.date, date(ev.date()));
        }
        if (ev.status() != null) {
            r.addProperty(TKG.status, TKG.status(ev.status().localName()));
        }
        if (ev instanceof Meeting mt) {
            r.addProperty(RDF.type, TKG.Meeting);
            mt.participants().forEach(p -> r.addProperty(TKG.participant, entity(m, p)));
            mt.parties().forEach(p -> r.addProperty(TKG.party, entity(m, p)));
            if (mt.location() != null) {
                r.addProperty(TKG.location, entity(m, mt.location()));
            }
            if (mt.endDate() != null) {
                r.addLiteral(TKG.endDate, date(mt.endDate()));
            }
            if (mt.round() != null) {
                r.addLiteral(TKG.round, m.createTypedLiteral(mt.round().toString(), XSDDatatype.XSDinteger));
            }
        } else if (ev instanceof TradeMeasure tm) {
            r.addProperty(RDF.type, TKG.TradeMeasure)
                    .addProperty(RDF.type, TKG.type(tm.kind().localName()));
            if (tm.imposedBy() != null) {
                r.addProperty(TKG.imposedBy, entity(m, tm.imposedBy()));
            }
            if (tm.target() != null) {
                r.addProperty(TKG.target, entity(m, tm.target()));
            }
            if (tm.rate() != null) {
                r.addLiteral(TKG.rate, m.createTypedLiteral(tm.rate().toPlainString(), XSDDatatype.XSDdecimal));
            }
            if (tm.goods() != null) {
                r.addProperty(TKG.goods, tm.goods());
            }
            if (tm.effectiveDate() != null) {
                r.addLiteral(TKG.effectiveDate, date(tm.effectiveDate()));
            }
            if (tm.expiryDate() != null) {
                r.addLiteral(TKG.expiryDate, date(tm.expiryDate()));
            }
        } else if (ev instanceof Agreement ag) {
            r.addProperty(RDF.type, TKG.Agreement);
            ag.parties().forEach(p -> r.addProperty(TKG.party, entity(m, p)));
            if (ag.expiryDate() != null) {
                r.addLiteral(TKG.expiryDate, date(ag.expiryDate()));
            }
        } else if (ev instanceof Statement st) {
            r.addProperty(RDF.type, TKG.Statement).addProperty(TKG.quote, st.quote());
            if (st.speaker() != null) {
                r.addProperty(TKG.speaker, entity(m, st.speaker()));
            }
        }
    }

    /** A date literal typed at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    static Literal date(DateValue d) {
        XSDDatatype type = switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(d.iso(), type);
    }
}
