package org.tradekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradekg.article.Article;
import org.tradekg.article.Source;

/** Behaviour of the rules on sentences written for these tests. */
class RuleExtractorTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.load();
    }

    private static ArticleFacts extract(String body, String dateline, LocalDate published) {
        Article a = new Article("test", "Test", published, null, dateline, null, body, new Source("test.txt", "0", 0));
        return pipeline.newExtractor().extract(a);
    }

    private static ArticleFacts extract(String body) {
        return extract(body, null, LocalDate.of(2024, 6, 12));
    }

    private static Set<String> labels(ArticleFacts f, EntityType type) {
        return f.entities().stream().filter(e -> e.type() == type).map(Entity::label).collect(Collectors.toSet());
    }

    private static Optional<Entity> person(ArticleFacts f, String label) {
        return f.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.label().equals(label)).findFirst();
    }

    private static <T extends Event> List<T> events(ArticleFacts f, Class<T> type) {
        return f.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void stripsTitleFromNameAndResolvesLaterSurname() {
        ArticleFacts f = extract("Trade Minister Hiroshi Tanakawa arrived on Monday.\n"
                + "Tanakawa said the talks with Canada were useful.\n");
        Entity p = person(f, "Hiroshi Tanakawa").orElseThrow();
        assertEquals("Trade Minister", f.titles().get(p));
        assertFalse(labels(f, EntityType.PERSON).contains("Tanakawa"), "surname is not a second person");
        assertFalse(labels(f, EntityType.PERSON).contains("Trade Minister Hiroshi Tanakawa"));
    }

    @Test
    void aRoundNamedAfterAPlaceHasNoSideThere() {
        ArticleFacts f = extract("Ministers want to complete the Uruguay Round of talks within four years.\n"
                + "Delegates said the Tokyo round of trade talks had cut tariffs.\n");
        for (Meeting m : events(f, Meeting.class)) {
            assertTrue(m.parties().stream().noneMatch(p -> p.label().equals("Uruguay") || p.label().equals("Japan")),
                    m.label());
        }
        ArticleFacts sides = extract("Uruguay and Brazil will open a second round of talks next week.\n");
        assertEquals(Set.of("Uruguay", "Brazil"), events(sides, Meeting.class).get(0).parties().stream()
                .map(Entity::label).collect(Collectors.toSet()));
    }

    @Test
    void theCountryOfAPlaceIsNeitherSideNorSecondVenue() {
        ArticleFacts f = extract("Trade ministers met in Punta del Este, Uruguay, on Monday.\n");
        List<Meeting> meetings = events(f, Meeting.class);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("Punta del Este", meetings.get(0).location().label());
        assertTrue(meetings.get(0).parties().isEmpty(), meetings.get(0).label());
    }

    @Test
    void aCountryAfterAPrepositionDoesNotImposeButThePassivesAgentDoes() {
        ArticleFacts f = extract("Although the bill does not single out Japan, it would make Japanese goods dearer"
                + " with higher tariffs.\n");
        assertTrue(events(f, TradeMeasure.class).stream().noneMatch(m -> m.imposedBy() != null
                && m.imposedBy().label().equals("Japan")), f.events().toString());
        ArticleFacts passive = extract("Japan hopes to settle the dispute before the deadline set by Washington for the"
                + " tariffs to take effect.\n");
        assertEquals("United States", events(passive, TradeMeasure.class).get(0).imposedBy().label());
    }

    @Test
    void aSpeakerCommentingOnTheMeasureDoesNotImposeIt() {
        ArticleFacts f = extract("The European Community imposed a levy on vegetable oils from the Philippines.\n"
                + "Philippine Trade Secretary Ramon Dizon said the levy was unfair.\n");
        List<TradeMeasure> measures = events(f, TradeMeasure.class);
        assertEquals(2, measures.size(), measures.toString());
        for (TradeMeasure m : measures) {
            assertEquals("European Community", m.imposedBy().label(), m.evidence());
        }
    }

    @Test
    void whatASpeakerAtAMeetingReportsIsNotTheMeeting() {
        ArticleFacts f = extract("Trade Minister Anna Lindqvist, speaking at a meeting of trade ministers in Geneva,"
                + " said ministers had agreed in Brazil last September to cut farm subsidies.\n");
        List<Meeting> meetings = events(f, Meeting.class);
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals("Geneva", meetings.get(0).location().label());
        assertNull(meetings.get(0).date(), "last September is when they agreed, not when they meet");
        assertTrue(meetings.get(0).parties().stream().noneMatch(p -> p.label().equals("Brazil")));

        ArticleFacts held = extract("The talks, which officials said would be held in Geneva on June 20, cover"
                + " farm trade.\n");
        assertEquals("Geneva", events(held, Meeting.class).get(0).location().label());
    }

    @Test
    void aCountryLeftOutIsNoTarget() {
        ArticleFacts f = extract("Japan tightened restrictions on chip exports to countries other than the United"
                + " States.\n");
        List<TradeMeasure> measures = events(f, TradeMeasure.class);
        assertEquals(1, measures.size(), measures.toString());
        assertEquals("Japan", measures.get(0).imposedBy().label());
        assertNull(measures.get(0).target(), measures.get(0).label());
    }

    @Test
    void aCapitalAllowedToActIsItsGovernmentAndAParliamentaryBoycottIsNoMeasure() {
        ArticleFacts f = extract("The waiver allowed Washington to impose quotas on imports of dairy products.\n");
        assertEquals("United States", events(f, TradeMeasure.class).get(0).imposedBy().label());
        ArticleFacts politics = extract("A parliamentary boycott by opposition parties in Japan delayed the budget.\n");
        assertTrue(events(politics, TradeMeasure.class).isEmpty(), politics.events().toString());
    }

    @Test
    void aSecondTariffInTheSameBreathHasTheSameImposer() {
        ArticleFacts f = extract("President Donald Trump announced a 34% tariff on imports from China and a 20% tariff"
                + " on goods from the European Union.\n"
                + "The European Union said it was preparing countermeasures.\n");
        List<TradeMeasure> measures = events(f, TradeMeasure.class);
        assertEquals("United States", measures.get(1).imposedBy().label(), measures.get(1).label());
        assertEquals("European Union", measures.get(1).target().label());
        assertEquals(Status.THREATENED, measures.get(2).status(), measures.get(2).label());
    }

    @Test
    void theSubjectOfTheNextClauseIsNoTarget() {
        ArticleFacts f = extract("Beijing announced export controls on rare earths on Friday, and Washington threatened"
                + " 100% tariffs on Chinese goods.\n");
        List<TradeMeasure> measures = events(f, TradeMeasure.class);
        assertEquals("China", measures.get(0).imposedBy().label());
        assertNull(measures.get(0).target(), measures.get(0).label());
        assertEquals("China", measures.get(1).target().label());
    }

    @Test
    void anExtendedTruceEndsOnItsNewDate() {
        ArticleFacts f = extract("The United States and China agreed to a trade truce in May.\n"
                + "The truce was extended by 90 days to November 10.\n", null, LocalDate.of(2025, 9, 10));
        List<Agreement> agreements = events(f, Agreement.class);
        Agreement extended = agreements.get(agreements.size() - 1);
        assertEquals("2025-11-10", extended.expiryDate().iso(), extended.label());
        assertEquals(Set.of("United States", "China"), extended.parties().stream().map(Entity::label)
                .collect(Collectors.toSet()));
    }

    @Test
    void aBodysNameBeforeSaidIsNoPerson() {
        ArticleFacts f = extract("The American Stock Exchange said it sold a seat for a record price.\n"
                + "Banque Bruxelles Lambert said profits rose.\nOffshore Data Services said rigs were idle.\n");
        assertTrue(labels(f, EntityType.PERSON).isEmpty(), labels(f, EntityType.PERSON).toString());
    }

    @Test
    void anOrganisationsNameRunsOverAnd() {
        ArticleFacts f = extract("Ratings agency Standard and Poor's Corp cut the debt rating on Tuesday.\n"
                + "The Federal Savings and Loan Insurance Corp will pay depositors.\n");
        Set<String> orgs = labels(f, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Standard and Poor's Corp"), orgs.toString());
        assertTrue(orgs.contains("Federal Savings and Loan Insurance Corp"), orgs.toString());
        assertFalse(orgs.contains("Poor's Corp") || orgs.contains("Loan Insurance Corp"), orgs.toString());
    }

    @Test
    void aSurnameOfTwoWordsFindsThePersonNamedBefore() {
        ArticleFacts f = extract("Belgian Foreign Trade Minister Herman De Kroon arrived on Monday.\n"
                + "\"This is not the way to work,\" De Kroon said.\n");
        assertEquals(Set.of("Herman De Kroon"), labels(f, EntityType.PERSON));
        assertEquals("Herman De Kroon", events(f, Statement.class).get(0).speaker().label());
    }

    @Test
    void aLegislatorInAStoryFromHisCapitalActsForHisCountry() {
        ArticleFacts f = extract("\"We will act,\" Sen. Pete Wilkins, a New Mexico Republican, said.\n"
                + "Rep. Bob Matsuda, a California Democrat, agreed.\n", "WASHINGTON, March 20", LocalDate.of(1987, 3, 20));
        for (String name : List.of("Pete Wilkins", "Bob Matsuda")) {
            Entity p = person(f, name).orElseThrow();
            assertEquals(Set.of("United States"), f.affiliations().get(p).stream().map(Entity::label)
                    .collect(Collectors.toSet()), name);
        }
        assertFalse(labels(f, EntityType.COUNTRY).contains("Mexico"), "New Mexico is a state");
    }

    @Test
    void aCountryRightAfterSaidIsASideButAPlaceAfterSaidInIsNoVenue() {
        ArticleFacts f = extract("Officials said Japan would ask for emergency talks with the United States next week.\n"
                + "Trade talks with Canada will resume soon, Button said in Canberra.\n");
        List<Meeting> meetings = events(f, Meeting.class);
        assertEquals(Set.of("Japan", "United States"), meetings.get(0).parties().stream().map(Entity::label)
                .collect(Collectors.toSet()));
        assertNull(meetings.get(1).location(), meetings.get(1).label());
    }

    @Test
    void aPlaceThatIsAnObjectOrABaseIsNoVenue() {
        ArticleFacts f = extract("The talks ended without a deal because of Comecon's refusal to recognise West Berlin"
                + " as part of the Community.\n"
                + "The Abidjan-based coffee group will speak for producers at the London talks.\n");
        List<Meeting> meetings = events(f, Meeting.class);
        assertTrue(meetings.stream().noneMatch(m -> m.location() != null
                && m.location().label().matches("West Berlin|Abidjan")), meetings.toString());
        assertTrue(meetings.stream().anyMatch(m -> m.location() != null && m.location().label().equals("London")));
    }

    @Test
    void anotherImposersOwnMeasureDoesNotTakeTheLastOnesTarget() {
        ArticleFacts f = extract("The European Union imposed duties of up to 35% on Chinese electric vehicles.\n"
                + "India lifted its ban on rice exports in September.\n");
        TradeMeasure india = events(f, TradeMeasure.class).get(1);
        assertEquals("India", india.imposedBy().label());
        assertNull(india.target(), india.label());
        assertEquals(MeasureKind.EXPORT_CONTROL, india.kind(), "a ban on rice exports controls exports");
    }

    @Test
    void earlierRoundsNamedBesideTheNextOneWereHeld() {
        ArticleFacts f = extract("The upcoming talks in Kuala Lumpur will mark the fifth round, following negotiations"
                + " in Madrid, Stockholm, London and Geneva.\n");
        Map<String, Status> byPlace = new java.util.HashMap<>();
        for (Meeting m : events(f, Meeting.class)) {
            byPlace.put(m.location().label(), m.status());
        }
        assertEquals(Status.PLANNED, byPlace.get("Kuala Lumpur"));
        for (String place : List.of("Madrid", "Stockholm", "London", "Geneva")) {
            assertEquals(Status.HELD, byPlace.get(place), place);
        }
    }

    @Test
    void aTitleBeforeAGivenNameIsNoPartOfTheName() {
        ArticleFacts f = extract("Agriculture Undersecretary Daniel Amstrup told the committee costs would rise.\n");
        assertEquals(Set.of("Daniel Amstrup"), labels(f, EntityType.PERSON));
    }

    @Test
    void countryAdjectiveInTitleGivesAffiliation() {
        ArticleFacts f = extract("Japanese Foreign Minister Kenji Satomura will visit Ottawa next week.\n");
        Entity p = person(f, "Kenji Satomura").orElseThrow();
        assertTrue(f.affiliations().get(p).stream().anyMatch(e -> e.label().equals("Japan")));
        assertTrue(f.titles().get(p).contains("Foreign Minister"));
    }

    @Test
    void appositionGivesTitle() {
        ArticleFacts f = extract("Akira Morimoto, deputy director-general of the machinery bureau, led the delegation.\n");
        Entity p = person(f, "Akira Morimoto").orElseThrow();
        assertEquals("deputy director-general of the machinery bureau", f.titles().get(p));
    }

    @Test
    void acronymAndLongNameAreOneOrganisation() {
        ArticleFacts f = extract("The Federation of Widget Exporters (FWE) protested on Monday.\n"
                + "FWE officials said exports would fall.\n");
        assertEquals(Set.of("Federation of Widget Exporters"), labels(f, EntityType.ORGANIZATION));
    }

    @Test
    void capitalUsedAsGovernmentIsTheCountry() {
        ArticleFacts f = extract("Tokyo is expected to propose a joint study of the dispute.\n");
        assertTrue(labels(f, EntityType.COUNTRY).contains("Japan"));
    }

    @Test
    void tariffWithRateTargetAndEffectiveDate() {
        ArticleFacts f = extract("The United States will impose 25 pct tariffs on Japanese steel, to take effect on July 3.\n");
        TradeMeasure t = events(f, TradeMeasure.class).get(0);
        assertEquals(MeasureKind.TARIFF, t.kind());
        assertEquals("United States", t.imposedBy().label());
        assertEquals("Japan", t.target().label());
        assertEquals(0, new BigDecimal(25).compareTo(t.rate()));
        assertEquals("2024-07-03", t.effectiveDate().iso());
    }

    @Test
    void readsRatesInEveryNotation() {
        for (String rate : List.of("40 per cent", "40%", "40 percent", "40 pct")) {
            ArticleFacts f = extract("Canada announced tariffs of " + rate + " on Chinese cars.\n");
            TradeMeasure t = events(f, TradeMeasure.class).get(0);
            assertEquals(0, new BigDecimal(40).compareTo(t.rate()), rate);
            assertEquals("China", t.target().label(), rate);
        }
    }

    @Test
    void ignoresThePreviousRateInUpFrom() {
        ArticleFacts f = extract("Canada set tariffs of 50 per cent - up from about five per cent - on Chinese steel.\n");
        assertEquals(0, new BigDecimal(50).compareTo(events(f, TradeMeasure.class).get(0).rate()));
    }

    @Test
    void threatenedAndLiftedMeasuresCarryTheirStatus() {
        ArticleFacts f = extract("Canada threatened sanctions against Mexico.\n"
                + "Canada lifted its quotas on Mexican sugar.\n");
        List<TradeMeasure> ms = events(f, TradeMeasure.class);
        assertEquals(Status.THREATENED, ms.get(0).status());
        assertEquals(Status.LIFTED, ms.get(1).status());
    }

    @Test
    void quoteSpeakersFromSaidInBothOrders() {
        ArticleFacts f = extract("\"We will not yield to pressure,\" said Trade Minister Hiroshi Tanakawa.\n"
                + "Commerce Secretary Jane Doerring said: \"The duties stay in place.\"\n");
        List<String> speakers = events(f, Statement.class).stream()
                .map(s -> s.speaker() == null ? null : s.speaker().label()).toList();
        assertEquals(List.of("Hiroshi Tanakawa", "Jane Doerring"), speakers);
    }

    @Test
    void noSpeakerInventedForAnUnnamedOfficial() {
        ArticleFacts f = extract("Trade Minister Hiroshi Tanakawa met Canadian officials.\n"
                + "\"It would take five minutes to list them,\" a senior official said.\n");
        Statement s = events(f, Statement.class).get(0);
        assertNull(s.speaker());
    }

    @Test
    void curlyQuotesAndPronounSpeaker() {
        ArticleFacts f = extract("Commerce Secretary Jane Doerring spoke to reporters on Monday.\n"
                + "“The talks were frank,” she said.\n");
        assertEquals("Jane Doerring", events(f, Statement.class).get(0).speaker().label());
    }

    @Test
    void agreementPartiesAndExpiry() {
        ArticleFacts f = extract("Canada and Mexico signed a trade pact that will expire in March 2026.\n");
        Agreement a = events(f, Agreement.class).get(0);
        assertEquals(Set.of("Canada", "Mexico"), a.parties().stream().map(Entity::label).collect(Collectors.toSet()));
        assertEquals("2026-03", a.expiryDate().iso());
    }

    @Test
    void meetingWithRoundPlaceDateAndStatus() {
        ArticleFacts f = extract("The sixth round of talks between Canada and Mexico will be held in Ottawa tomorrow.\n",
                "OTTAWA, June 11", LocalDate.of(2024, 6, 12));
        Meeting m = events(f, Meeting.class).get(0);
        assertEquals(6, m.round());
        assertEquals("Ottawa", m.location().label());
        assertEquals("2024-06-12", m.date().iso(), "tomorrow from the dateline's June 11");
        assertEquals(Status.PLANNED, m.status());
        assertTrue(m.parties().stream().map(Entity::label).toList().containsAll(List.of("Canada", "Mexico")));
    }

    @Test
    void datelineOpeningTheBodyIsTheReferenceDate() {
        ArticleFacts f = extract("OTTAWA, March 3 (Reuters) - Canadian and Mexican officials will meet tomorrow.\n",
                null, LocalDate.of(2024, 3, 4));
        assertEquals("2024-03-04", events(f, Meeting.class).get(0).date().iso());
    }

    @Test
    void phoneCallIsAMeetingButACallForActionIsNot() {
        ArticleFacts f = extract("Trade Minister Hiroshi Tanakawa held a phone call with Mexican officials on Monday.\n"
                + "Canada renewed its call for lower tariffs.\n");
        List<Meeting> meetings = events(f, Meeting.class);
        assertEquals(1, meetings.size());
        assertEquals("2024-06-10", meetings.get(0).date().iso());
    }

    @Test
    void exportControlsWithTheirTarget() {
        ArticleFacts f = extract("The United States tightened export controls on advanced chips to China.\n");
        TradeMeasure t = events(f, TradeMeasure.class).get(0);
        assertEquals(MeasureKind.EXPORT_CONTROL, t.kind());
        assertEquals("United States", t.imposedBy().label());
        assertEquals("China", t.target().label());
    }

    @Test
    void blocsAreSidesWhenCoordinatedButNotWhenTheyHostASummit() {
        ArticleFacts f = extract("The European Union and Mercosur ended talks on Friday.\n"
                + "Canadian officials met Mexican officials at the APEC summit on Monday.\n");
        List<Meeting> ms = events(f, Meeting.class);
        assertTrue(ms.get(0).parties().stream().anyMatch(e -> e.label().equals("European Union")));
        assertTrue(ms.get(1).parties().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION));
    }

    @Test
    void speakersAfterTalksTookPart() {
        ArticleFacts f = extract("Prime Minister Jan Kowalczyk and Trade Minister Hiroshi Tanakawa said after talks"
                + " in Ottawa that progress was made.\n");
        Set<String> participants = events(f, Meeting.class).get(0).participants().stream()
                .map(Entity::label).collect(Collectors.toSet());
        assertEquals(Set.of("Jan Kowalczyk", "Hiroshi Tanakawa"), participants);
    }

    @Test
    void effectiveDateOfAnImpositionReportedLater() {
        ArticleFacts f = extract("Canada imposed 200 mln dlrs in duties on Chinese steel last March after a review.\n");
        assertEquals("2024-03", events(f, TradeMeasure.class).get(0).effectiveDate().iso());
    }

    @Test
    void countryAbbreviationBeforeATitleDoesNotEndTheSentence() {
        ArticleFacts f = extract("The sides agreed on tariffs on most goods, U.S. President Jane Doerring said.\n");
        Entity p = person(f, "Jane Doerring").orElseThrow();
        assertEquals("U.S. President", f.titles().get(p));
    }

    @Test
    void nameWithoutContextNeedsTheNameModelAndAKnownGivenName() {
        ArticleFacts f = extract("Analysts expect John Wexford to sell his stake.\n"
                + "Analysts expect Kilo Gold to rise.\n"
                + "Analysts expect Philip Morris Cos to bid.\n");
        assertEquals(Set.of("John Wexford"), labels(f, EntityType.PERSON));
    }

    @Test
    void bareSurnameOfAFamousPersonNeedsATitle() {
        ArticleFacts f = extract("Johnson said the talks with Canada failed.\n");
        assertTrue(labels(f, EntityType.PERSON).isEmpty(), "Johnson alone is not Boris Johnson");
        ArticleFacts g = extract("President Reagan met Canadian officials.\nReagan said the talks went well.\n");
        assertEquals(Set.of("Ronald Reagan"), labels(g, EntityType.PERSON));
    }

    @Test
    void companyWithAPersonLikeNameIsNoPerson() {
        ArticleFacts f = extract("Stanwick Farrow said tariffs would hurt exports.\n"
                + "Stanwick Farrow and Co is a broker.\n");
        assertTrue(labels(f, EntityType.PERSON).isEmpty());
    }

    @Test
    void effectiveDateGoesToTheMeasureItFollows() {
        ArticleFacts f = extract("Canada answered with tariffs of up to 15% on Mexican steel, effective July 10,"
                + " hours after new Mexican duties on Canadian imports took effect.\n");
        List<TradeMeasure> ms = events(f, TradeMeasure.class);
        assertEquals("2024-07-10", ms.get(0).effectiveDate().iso());
        assertEquals("Mexican steel", ms.get(0).goods());
        assertNull(ms.get(1).effectiveDate());
    }

    @Test
    void unnamedMinistryActsForTheCountryOfTheDateline() {
        ArticleFacts f = extract("The Commerce Ministry added 15 Canadian companies to its export control list.\n",
                "OTTAWA, June 11", LocalDate.of(2024, 6, 12));
        TradeMeasure t = events(f, TradeMeasure.class).get(0);
        assertEquals(MeasureKind.EXPORT_CONTROL, t.kind());
        assertEquals("Canada", t.imposedBy().label());
    }

    @Test
    void pastMeetingInALaterMonthIsLastYears() {
        ArticleFacts f = extract("The two sides last met in Ottawa in September.\n", null, LocalDate.of(2024, 3, 4));
        Meeting m = events(f, Meeting.class).get(0);
        assertEquals("2023-09", m.date().iso());
        assertEquals(Status.HELD, m.status());
    }

    @Test
    void countryAdministrationIsTheCountry() {
        ArticleFacts f = extract("The Canadian side said the U.S. Administration opposes the bill.\n");
        assertTrue(labels(f, EntityType.ORGANIZATION).isEmpty(), labels(f, EntityType.ORGANIZATION).toString());
        assertTrue(labels(f, EntityType.COUNTRY).contains("United States"));
    }

    @Test
    void whoPaysATariffIsItsTarget() {
        ArticleFacts f = extract("Prime Minister Jan Kowalczyk of Canada said Mexico will pay a 20% tariff on steel.\n");
        TradeMeasure t = events(f, TradeMeasure.class).get(0);
        assertEquals("Mexico", t.target().label());
    }

    @Test
    void pairThatPausesTariffsOnOneOfThemImposedByTheOther() {
        ArticleFacts f = extract("Canada and Mexico agreed to a truce, pausing 30% tariffs on Mexican goods.\n");
        TradeMeasure t = events(f, TradeMeasure.class).get(0);
        assertEquals("Canada", t.imposedBy().label());
        assertEquals(Status.SUSPENDED, t.status());
    }

    @Test
    void tariffsMentionedInAQuoteWithoutARateAreNoMeasure() {
        ArticleFacts f = extract("\"They have very high tariffs,\" Trade Minister Hiroshi Tanakawa said of Canada.\n");
        assertTrue(events(f, TradeMeasure.class).isEmpty());
        assertEquals(1, events(f, Statement.class).size());
    }

    @Test
    void leadersAdministrationActsForTheCountry() {
        ArticleFacts f = extract("The Reagan administration imposed quotas on Canadian lumber.\n");
        TradeMeasure t = events(f, TradeMeasure.class).get(0);
        assertEquals("United States", t.imposedBy().label());
        assertEquals("Canada", t.target().label());
    }

    @Test
    void bareGenericMinistryIsTheDatelineCountrysOrNone() {
        String text = "The Finance Ministry said the tariffs would stay.\n";
        ArticleFacts ottawa = extract(text, "OTTAWA, June 11", LocalDate.of(2024, 6, 12));
        assertEquals(Set.of("Department of Finance (Canada)"), labels(ottawa, EntityType.ORGANIZATION));
        ArticleFacts nowhere = extract(text);
        assertTrue(labels(nowhere, EntityType.ORGANIZATION).isEmpty(), "no one 'Finance Ministry' for all countries");
    }

    @Test
    void surnameWrittenWithoutUmlautIsTheSamePerson() {
        ArticleFacts f = extract("Bank President Karl Jürgens Möllenkamp spoke in Bonn.\n"
                + "In a speech to the Institute of Monetary Studies, Moellenkamp said \"Rates will stay.\"\n");
        assertEquals("Karl Jürgens Möllenkamp", events(f, Statement.class).get(0).speaker().label());
    }

    @Test
    void personAfterTheFirmIsTheSpeaker() {
        ArticleFacts f = extract("\"Prices are rising,\" said Stanwick Farrow analyst Jane Doerring.\n");
        assertEquals("Jane Doerring", events(f, Statement.class).get(0).speaker().label());
    }

    @Test
    void whereAndWhenSomethingWasSaidAreNotTheMeetings() {
        ArticleFacts f = extract("Australia is watching the talks between Canada and Mexico, Trade Minister"
                + " Hiroshi Tanakawa said in Ottawa last Friday.\n");
        Meeting m = events(f, Meeting.class).get(0);
        assertNull(m.location());
        assertNull(m.date());
        assertEquals(Set.of("Canada", "Mexico"), m.parties().stream().map(Entity::label).collect(Collectors.toSet()));
    }

    @Test
    void importControlsAreSanctionsAndControlsOverTechnologyExportControls() {
        ArticleFacts f = extract("Canada will relax import controls on Mexican goods.\n"
                + "Mexico tightened controls over critical technologies.\n");
        List<TradeMeasure> ms = events(f, TradeMeasure.class);
        assertEquals(MeasureKind.SANCTION, ms.get(0).kind());
        assertEquals(MeasureKind.EXPORT_CONTROL, ms.get(1).kind());
    }

    @Test
    void speechesNewsConferencesAndNegatedTalksAreNoMeetings() {
        ArticleFacts f = extract("Trade Minister Hiroshi Tanakawa told a news conference in Ottawa on Monday that"
                + " no negotiations with Mexico were planned.\n"
                + "Canada has trouble meeting outside pressure from Mexico.\n"
                + "Commerce Secretary Jane Doerring told a meeting of Canadian businessmen on Tuesday that tariffs"
                + " would stay.\n");
        assertTrue(events(f, Meeting.class).isEmpty(), events(f, Meeting.class).toString());
    }

    @Test
    void companyDealsAreNoAgreementsBetweenSides() {
        ArticleFacts f = extract("Stanwick Corp and Canadian Widget Corp reached a definitive agreement on the"
                + " acquisition of Canadian Widget.\n");
        assertTrue(events(f, Agreement.class).isEmpty());
    }

    @Test
    void whoIsToldIsNotTheSpeaker() {
        ArticleFacts f = extract("The head of the statistics unit, Hugo Johannesberg, told Reuters, \"We are busy.\"\n");
        assertEquals("Hugo Johannesberg", events(f, Statement.class).get(0).speaker().label());
    }

    @Test
    void germanyBeforeUnificationIsWestGermany() {
        String text = "German exporters fear Canadian tariffs.\n";
        assertTrue(labels(extract(text, null, LocalDate.of(1987, 3, 1)), EntityType.COUNTRY).contains("West Germany"));
        assertTrue(labels(extract(text, null, LocalDate.of(2024, 3, 1)), EntityType.COUNTRY).contains("Germany"));
    }

    @Test
    void gazetteerEntitiesCarryWikidataIds() {
        ArticleFacts f = extract("Japan and the U.S. agreed to talk.\n");
        Entity us = f.entities().stream().filter(e -> e.label().equals("United States")).findFirst().orElseThrow();
        assertEquals("Q30", us.wikidata());
        assertNotNull(f.entities().stream().filter(e -> e.label().equals("Japan")).findFirst().orElseThrow().wikidata());
    }
}
