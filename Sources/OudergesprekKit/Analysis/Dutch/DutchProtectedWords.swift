/// Ordinary Dutch words that look like a lexicon word with one letter changed, and must not be "corrected".
///
/// Add a word here when the analyser reads it as a typo of a lexicon word (for example "bedenken" is no
/// typo of "bedanken").
enum DutchProtectedWords {
  static let all: [String] = [
    "toestaan", "toestaat", "gelegen", "teksten", "bedenken", "bedenkt", "morgen", "moeten", "moeder", "zorgde",
    "zeggen", "leggen", "liggen", "denken",
    "danken", "praten", "prater", "laten", "later", "kinderen", "klinkt", "slinkt", "werken", "merken", "weken",
    "spreken", "breken", "bekend", "bekent", "gedaan", "gezien", "geweest", "gewoon", "gevoel", "gevoelens",
    "geven", "leven", "lezen", "wezen", "zetten", "zitten", "letten", "houden", "zouden", "hoorde", "woorden",
    "worden", "moesten", "mensen", "menen", "samen", "zaken", "maken", "raken", "vragen", "dragen", "klagen",
    "slagen", "plagen", "zagen", "lessen", "missen", "wissen", "kussen", "tussen", "cijfer", "cijfers",
    "toetsen", "toetst", "wiskunde", "engels", "school", "scholen", "vakken", "klassen", "ouders", "oudere",
    "leraar", "leraren", "docent", "docenten", "mentor", "mentoren", "gesprek", "gesprekken", "afspraken",
    "bellen", "vallen", "stellen", "tellen", "willen", "wilden", "konden", "kunnen", "kennen", "rennen",
    "wonen", "tonen", "komen", "nemen", "namen", "menen", "horen", "boren", "voeren", "sturen", "turen",
    "lopen", "kopen", "hopen", "slapen", "straffen", "zeker", "lekker", "beter", "bitter", "snapte", "snappen",
    "begrijpen", "begrepen", "zorgvuldig", "verder", "vader", "ander", "andere", "anders", "zoon", "dochter",
    "vrienden", "vriend", "vriendin", "huiswerk", "planning", "plannen", "rooster", "pauze", "pauzes",
    "vinden", "vonden", "binden", "winden", "rustig", "gezegd", "gelegd", "gevraagd", "gemaakt", "gemerkt",
    "geleerd", "gekeerd", "gekeken", "geleken", "gelukt", "gedacht", "gebracht", "dacht", "bracht", "proberen",
    "probeer", "probeert", "hebben", "hebt", "heeft", "zijn", "waren", "wordt", "werd", "werden", "moest",
    "daarvoor", "hiervoor", "waarvoor", "ervoor", "daarom", "daarna", "hierna", "daarbij", "waarbij", "daarmee",
    "hiermee", "waarmee", "daarop", "daaraan", "daardoor", "hierdoor", "waardoor", "daaruit", "daarin", "waarin",
  ]
}
