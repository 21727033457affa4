package org.tradekg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.tradekg.extract.Agreement;
import org.tradekg.extract.Event;
import org.tradekg.extract.MeasureKind;
import org.tradekg.extract.Meeting;
import org.tradekg.extract.Statement;
import org.tradekg.extract.Status;
import org.tradekg.extract.TradeMeasure;
import org.tradekg.vocab.CAMEO;
import org.tradekg.vocab.PLOVER;

class EventCodesTest {

    private static Meeting meeting(String sentence, Status status) {
        return new Meeting("Meeting", sentence, List.of(), List.of(), null, null, null, null, status);
    }

    private static TradeMeasure tariff(Status status) {
        return new TradeMeasure(MeasureKind.TARIFF, "Tariff", "The ministry raised duties to 25 pct.", null, null,
                new BigDecimal("25"), null, null, null, null, status);
    }

    @Test
    void aPhoneCallIsDiscussByTelephone() {
        assertEquals(List.of(CAMEO.DISCUSS_BY_TELEPHONE, PLOVER.CONSULT),
                EventCodes.of(meeting("The two ministers held a video call on Monday.", Status.HELD)));
    }

    @Test
    void talksAndRoundsAreNegotiations() {
        assertEquals(CAMEO.ENGAGE_IN_NEGOTIATION,
                EventCodes.of(meeting("Officials opened a third round of talks in Geneva.", Status.HELD)).get(0));
        assertEquals(CAMEO.ENGAGE_IN_NEGOTIATION,
                EventCodes.of(meeting("Washington called for talks with Tokyo.", Status.HELD)).get(0),
                "calling for talks is no phone call");
    }

    @Test
    void aVisitIsMakeAVisit() {
        assertEquals(CAMEO.MAKE_VISIT,
                EventCodes.of(meeting("The minister visited Ottawa last week.", null)).get(0));
    }

    @Test
    void anOtherMeetingIsConsult() {
        assertEquals(List.of(CAMEO.CONSULT, PLOVER.CONSULT),
                EventCodes.of(meeting("The envoys met in Paris.", Status.HELD)));
    }

    @Test
    void aPlannedMeetingIsIntentToMeetAndACancelledOneHaltsNegotiations() {
        assertEquals(List.of(CAMEO.EXPRESS_INTENT_TO_MEET, PLOVER.AGREE),
                EventCodes.of(meeting("They will hold talks next week.", Status.PLANNED)));
        assertEquals(List.of(CAMEO.HALT_NEGOTIATIONS, PLOVER.SANCTION),
                EventCodes.of(meeting("The talks were called off.", Status.CANCELLED)));
    }

    @Test
    void measuresAreCodedByStatus() {
        assertEquals(List.of(CAMEO.IMPOSE_SANCTIONS, PLOVER.SANCTION), EventCodes.of(tariff(Status.IMPOSED)));
        assertEquals(List.of(CAMEO.IMPOSE_SANCTIONS, PLOVER.SANCTION), EventCodes.of(tariff(null)));
        assertEquals(List.of(CAMEO.THREATEN_SANCTIONS, PLOVER.THREATEN), EventCodes.of(tariff(Status.THREATENED)));
        assertEquals(List.of(CAMEO.EASE_SANCTIONS, PLOVER.RETREAT), EventCodes.of(tariff(Status.LIFTED)));
        assertEquals(List.of(CAMEO.EASE_SANCTIONS, PLOVER.RETREAT), EventCodes.of(tariff(Status.SUSPENDED)));
    }

    @Test
    void agreementsAreSignFormalAgreementAndStatementsMakeStatement() {
        Agreement pact = new Agreement("Agreement", "They signed a pact.", List.of(), null, null, Status.HELD);
        assertEquals(List.of(CAMEO.SIGN_FORMAL_AGREEMENT, PLOVER.SUPPORT), EventCodes.of(pact));
        Statement quote = new Statement("Quote", "\"We are close,\" he said.", null, "We are close", null);
        assertEquals(List.of(CAMEO.MAKE_STATEMENT), EventCodes.of(quote));
    }

    @Test
    void everyCodeGivenIsAConceptOfTheSchemeInTheOntology() {
        Model scheme = RDFDataMgr.loadModel("ontology/cameo.ttl");
        List<Event> events = List.of(
                meeting("a call", Status.HELD), meeting("a visit", Status.HELD), meeting("talks", Status.HELD),
                meeting("met", Status.HELD), meeting("met", Status.PLANNED), meeting("met", Status.CANCELLED),
                tariff(Status.IMPOSED), tariff(Status.THREATENED), tariff(Status.LIFTED),
                new Agreement("A", "a pact", List.of(), null, null, Status.PLANNED),
                new Statement("Q", "q", null, "q", null));
        for (Event e : events) {
            for (Resource code : EventCodes.of(e)) {
                assertTrue(scheme.contains(code, RDF.type, SKOS.Concept), code + " is declared in cameo.ttl");
            }
        }
    }
}
