package org.tradekg.extract;

import java.util.Set;

/** Word lists the rules share: title words, organisation heads, words that are never names. */
final class Lexicon {

    private Lexicon() {
    }

    /** Head words of a person's title, in any case ("Secretary", "minister", "spokesman"). */
    static final Set<String> TITLE_HEADS = Set.of(
            "president", "secretary", "minister", "premier", "representative", "commissioner", "senator",
            "governor", "speaker", "spokesman", "spokeswoman", "spokesperson", "chancellor", "ambassador",
            "chairman", "chairwoman", "chair", "director", "director-general", "undersecretary", "under-secretary",
            "envoy", "negotiator", "official", "officer", "king", "queen", "prince", "emperor", "leader", "mayor",
            "congressman", "congresswoman", "rep.", "sen.", "gov.", "professor", "economist", "analyst",
            "chief", "head", "vice-president", "vice-minister", "commerce", "adviser", "advisor", "deputy",
            "trader", "executive", "manager", "counsellor", "counselor", "attache", "delegate", "administrator",
            "lawmaker", "legislator", "aide", "diplomat", "consul", "general", "judge", "justice", "treasurer");

    /** Words inside a title before its head ("Vice", "Deputy", "Trade", "Foreign"). */
    static final Set<String> TITLE_WORDS = Set.of(
            "vice", "deputy", "assistant", "acting", "former", "chief", "senior", "special", "foreign", "trade",
            "finance", "treasury", "commerce", "agriculture", "agricultural", "industry", "state", "economic",
            "economy", "external", "international", "prime", "executive", "general", "permanent", "democratic",
            "republican", "house", "white", "defense", "defence", "energy", "labor", "labour", "interior",
            "justice", "health", "transport", "transportation", "farm", "top", "first", "second", "main", "lead",
            "principal", "under", "of", "and", "for", "the", "minority", "majority", "parliamentary", "economics",
            "affairs", "development", "planning", "budget", "fiscal", "monetary", "cabinet", "national", "security",
            "chamber", "senate", "environment", "communications", "science", "technology", "industrial",
            "administrative", "political", "party", "central", "bank", "board", "federal", "reserve", "ways",
            "means", "committee", "subcommittee", "office", "ministry", "department", "agency", "bureau", "u.s.",
            "us", "eu", "ec", "un", "wto", "gatt", "imf", "oecd", "mofcom", "miti", "usda", "chief-of-staff",
            "policy", "team", "staff", "cooperation", "co-operation", "investment", "customs", "tax", "revenue",
            "relations", "vice-premier", "multilateral", "bilateral", "negotiations");

    /** Single words that can open a person's name in text but are never a name themselves. */
    static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "And", "But", "Or", "If", "In", "On", "At", "By", "For", "From", "To", "Of", "With",
            "As", "After", "Before", "During", "Since", "Until", "While", "When", "Where", "Who", "What", "Which",
            "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
            "Their", "Our", "My", "Your", "There", "Here", "Some", "Any", "All", "One", "Two", "Three", "No", "Not",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Officials", "Official", "Government", "Minister",
            "Ministers", "President", "Secretary", "Congress", "Senate", "House", "Administration", "Reuter",
            "Reuters", "However", "Meanwhile", "Also", "Just", "Earlier", "Later", "Today", "Tomorrow", "Yesterday",
            "Speaking", "According", "Asked", "Despite", "Under", "Trade", "Talks", "Economic", "Industry", "Foreign",
            "Prime", "Vice", "Deputy", "Premier", "Representative", "Chairman", "Commissioner", "Agriculture",
            "Treasury", "Commerce", "State", "Democratic", "Republican", "Western", "Eastern", "Northern",
            "Southern", "Public", "Such", "Both", "Each", "Every", "Many", "Most", "Other", "Another", "Nevertheless",
            "Faced", "Tokyo", "Washington", "Chip", "Semiconductor", "Japanese", "American", "Chinese",
            "European", "Then", "Now", "Still", "Yet", "So", "Thus", "Instead", "Although", "Though", "Because",
            "Currently", "Last", "Next", "Over", "Through", "Against", "Between", "Among", "Without", "About",
            "Around", "Within", "Beyond", "Across", "Along", "Toward", "Towards", "Upon", "Into", "Onto", "Per",
            "Via", "Market", "Markets", "Bill", "Act", "Law", "Agreement", "Accord", "Pact", "Deal", "Summit",
            "Tariff", "Tariffs", "Sanctions", "Quota", "Quotas", "Lower", "Upper", "Diet", "Parliament", "Cabinet",
            "Ministry", "Department", "Office", "Bureau", "Agency", "Commission", "Council", "Committee", "Union",
            "Community", "Bank", "Fund", "Group", "Party", "Court", "Board", "Service", "Corp", "Inc", "Co",
            "Ltd", "Chinese-", "Sino", "Hong", "New", "North", "South", "East", "West", "Central", "General");

    /** Last words of organisation names ("Bureau", "Corp"). */
    static final Set<String> ORG_HEADS = Set.of(
            "Ministry", "Department", "Bureau", "Agency", "Corporation", "Corp", "Corp.", "Co", "Co.", "Inc",
            "Inc.", "Ltd", "Ltd.", "Bank", "Commission", "Council", "Party", "University", "Association",
            "Organization", "Organisation", "Office", "Service", "Institute", "Federation", "Union", "Committee",
            "Board", "Authority", "Administration", "Exchange", "Group", "Fund", "Chamber", "Court", "Parliament",
            "Assembly", "Congress", "Senate", "Diet", "Secretariat", "Foundation", "Industries", "Motors",
            "Electric", "Airlines", "Holdings", "Company", "Times", "Journal", "Post", "News", "Press", "Network");

    /** Words that, with an organisation's head word alone, name a body every country has. */
    static final Set<String> GENERIC_ORG_WORDS = Set.of(
            "central", "stock", "statistics", "statistical", "exchange", "co", "inc", "corp", "ltd", "trading",
            "finance", "foreign", "economy", "economic", "trade", "industry", "commerce", "agriculture", "interior",
            "labour", "labor", "planning", "customs", "national", "state", "energy", "transport", "health",
            "justice", "defence", "defense", "external", "affairs", "ministry", "bureau", "office", "bank",
            "monetary", "reserve", "federal", "supreme", "high", "lower", "upper", "public", "works", "mines",
            "petroleum", "oil", "tax", "revenue", "development", "investment", "budget", "information");

    /** Words in or after a name that make it a company's ("Philip Morris Cos", "Krupp Stahl AG"). */
    static final Set<String> COMPANY_WORDS = Set.of(
            "Cos", "Cos.", "Aircraft", "Plc", "PLC", "plc", "AG", "SA", "NV", "BV", "GmbH", "&", "Partners", "Capital",
            "Securities", "Brothers", "Bros", "Bros.", "Group", "Industries", "Holdings", "International", "Stahl",
            "Services", "Trust", "Properties", "Guaranty", "Bancorp", "Bancshares", "Savings", "Resources");

    /** First words of banks' names in other languages ("Banque Paribas", "Banco do Brasil"). */
    static final Set<String> BANK_FIRST_WORDS = Set.of("Banque", "Banco", "Banca", "Bankhaus", "Caisse", "Credito");

    /** Verbs of saying, for quotes and for names before or after them. */
    static final Set<String> SAY_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "declared", "declares",
            "insisted", "insists", "stressed", "stresses", "noted", "notes", "warned", "warns", "argued", "argues",
            "explained", "explains", "remarked", "asserted", "asserts", "commented", "replied", "admitted",
            "admits", "announced", "wrote", "writes", "quoted", "saying", "stating", "emphasised", "emphasized",
            "acknowledged", "conceded", "concluded", "continued", "observed", "predicted", "suggested");
}
