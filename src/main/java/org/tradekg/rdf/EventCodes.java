package org.tradekg.rdf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.tradekg.extract.Agreement;
import org.tradekg.extract.Event;
import org.tradekg.extract.Meeting;
import org.tradekg.extract.Statement;
import org.tradekg.extract.Status;
import org.tradekg.extract.TradeMeasure;
import org.tradekg.vocab.CAMEO;
import org.tradekg.vocab.PLOVER;

/**
 * The CAMEO code and PLOVER category of an event, as {@code ontology/cameo.ttl} assigns them from
 * the event's class and status, so that tradekg's events compare with GDELT, ICEWS and POLECAT.
 *
 * <pre>{@code
 * for (Resource code : EventCodes.of(event)) {
 *     node.addProperty(TKG.eventCode, code);      // cameo:046, plover:CONSULT
 * }
 * }</pre>
 */
public final class EventCodes {

    // Which kind of meeting it was, from the words of its evidence sentence; first match wins.
    // A bare "call" is left out: "called for talks", "calls on Tokyo" are no phone calls.
    private static final Pattern CALL = Pattern.compile(
            "\\b(?:(?:tele)?phone|video|virtual|online|teleconference|videoconference)\\b");
    private static final Pattern VISIT = Pattern.compile("\\bvisit(?:s|ed|ing)?\\b");
    private static final Pattern NEGOTIATION = Pattern.compile(
            "\\b(?:talks|negotiat\\w*|round|consultations?|bargaining)\\b");

    private EventCodes() {
    }

    /** The event's codes: one CAMEO concept, then its PLOVER category where PLOVER has one. */
    public static List<Resource> of(Event event) {
        if (event instanceof Meeting m) {
            return meeting(m);
        }
        if (event instanceof TradeMeasure tm) {
            return measure(tm.status());
        }
        if (event instanceof Agreement a) {
            return List.of(CAMEO.SIGN_FORMAL_AGREEMENT, a.status() == Status.PLANNED ? PLOVER.AGREE : PLOVER.SUPPORT);
        }
        if (event instanceof Statement) {
            // PLOVER does not code statements.
            return List.of(CAMEO.MAKE_STATEMENT);
        }
        throw new IllegalArgumentException("no event code for " + event.getClass().getSimpleName());
    }

    private static List<Resource> meeting(Meeting m) {
        if (m.status() == Status.PLANNED) {
            return List.of(CAMEO.EXPRESS_INTENT_TO_MEET, PLOVER.AGREE);
        }
        if (m.status() == Status.CANCELLED) {
            return List.of(CAMEO.HALT_NEGOTIATIONS, PLOVER.SANCTION);
        }
        String words = m.evidence().toLowerCase(Locale.ROOT);
        Resource cameo;
        if (CALL.matcher(words).find()) {
            cameo = CAMEO.DISCUSS_BY_TELEPHONE;
        } else if (VISIT.matcher(words).find()) {
            cameo = CAMEO.MAKE_VISIT;
        } else if (NEGOTIATION.matcher(words).find()) {
            cameo = CAMEO.ENGAGE_IN_NEGOTIATION;
        } else {
            cameo = CAMEO.CONSULT;
        }
        return List.of(cameo, PLOVER.CONSULT);
    }

    private static List<Resource> measure(Status status) {
        if (status == Status.THREATENED) {
            return List.of(CAMEO.THREATEN_SANCTIONS, PLOVER.THREATEN);
        }
        if (status == Status.SUSPENDED || status == Status.LIFTED) {
            return List.of(CAMEO.EASE_SANCTIONS, PLOVER.RETREAT);
        }
        return List.of(CAMEO.IMPOSE_SANCTIONS, PLOVER.SANCTION);
    }
}
