/// The words that sit in two word classes on purpose, checked by `LexiconCheckTests`: a word in two classes
/// that is declared neither here nor by its pair of classes fails that test.
///
/// For teacher educators: a word in two lists is read as both, so "erg" in `versterker` and `gevoelsoordeel`
/// makes "Jullie zijn erg laat." look like a feeling. Before you add a word to a second list, add it here with the
/// reason, or use a narrower list.
enum DutchSharedWords {
  /// Pairs of classes that overlap by design, with why.
  static let classes: [[String]] = [
    // `gevoelsoordeel-midden` is `gevoelsoordeel` without "erg" and "naar" (derived in LanguageLexicon+Dutch).
    ["gevoelsoordeel", "gevoelsoordeel-midden"],
    // Feelings that are also a judgement of a situation: "ik ben verdrietig", "ik vind het verdrietig".
    ["gevoel", "gevoelsoordeel"], ["gevoel", "gevoelsoordeel-midden"],
    // Judging words of the person and of the behaviour: "brutaal" is an oordeel, a negatief predicate, an afkeur.
    ["negatief", "oordeel"], ["etiket", "negatief"], ["afkeur", "negatief"], ["afkeur", "oordeel"],
    ["afkeur", "etiket"], ["gevoelsoordeel", "negatief"], ["gevoelsoordeel-midden", "negatief"],
    ["afkeur", "gevoelsoordeel"], ["afkeur", "gevoelsoordeel-midden"],
    // Verbs of blame name the misbehaviour too: "hij liegt" (verwijtwerkwoord), "liegen" (wangedrag).
    ["verwijtwerkwoord", "wangedrag"],
    // One verb in several roles: advice ("belt u"), imperative ("bel"), habit ("hij belt nooit"), next step.
    ["adviesverb", "gebiedend"], ["adviesverb", "gewoonte"], ["adviesinfinitief", "adviesverb"],
    ["adviesverb", "vervolg"], ["adviesinfinitief", "gewoonte"], ["adviesinfinitief", "vervolg"],
    ["gewoonte", "vervolg"], ["gebiedend", "vervolg"], ["gebiedend", "gewoonte"],
    // Pronouns: the one addressed (jij) is part of the other person (ander) and of every subject (onderwerp).
    ["ander", "jij"], ["ander", "onderwerp"], ["jij", "onderwerp"], ["ander", "kind"], ["kind", "onderwerp"],
    ["ander", "zich"], ["jij", "zich"], ["onderwerp", "zich"],
    // Persons and groups: "leerling" is a child and a person, "leerlingen" a group.
    ["kind", "persoon"], ["groep", "kind"], ["groep", "onderwerp"],
    // Numbers as words and as digits.
    ["aantal", "getal"],
  ]

  /// Single words in two classes, with why.
  static let words: [String: [String]] = [
    // "erg" intensifies ("erg laat") and judges ("dat is erg"); patterns that need the feeling use
    // `gevoelsoordeel-midden`, which leaves it out.
    "erg": ["gevoelsoordeel", "versterker"],
    // "een" counts ("een keer") and softens ("een beetje"); "er" fills ("er is") and stands between verb and feeling.
    "een": ["getal", "versterker"], "er": ["onderwerp", "versterker"],
    // "steeds" is how often (gedrag) and may stand between a verb and a feeling ("steeds bozer").
    "steeds": ["frequentie", "versterker"],
    // "weer" is small talk about the weather and "again".
    "weer": ["smalltalk", "versterker"],
    // The situation of a behaviour: "in de klas", "met zijn telefoon".
    "klas": ["frequentie", "kind"], "telefoon": ["frequentie", "voorwerp"],
    // A feeling and a judgement or a misbehaviour: "ik voel me genegeerd", "u heeft mijn mail genegeerd".
    "ongehoord": ["gevoel", "oordeel"], "genegeerd": ["gevoel", "wangedrag"], "ongeduldig": ["gevoel", "negatief"],
    "verwende": ["etiket", "verwijtwerkwoord"],
    "balen": ["gevoelsoordeel", "gevoelsoordeel-midden", "gevoelswerkwoord"],
    "onthutst": ["gevoel", "gevoelswerkwoord"],
    // Verbs in several roles: "blijf" (dan kan hij blijven / blijf zitten), "mail" (noun and verb), "innemen".
    "blijf": ["dankans", "gebiedend"], "haal": ["dankans", "gebiedend"], "gaat": ["adviesverb", "dankans"],
    "mail": ["adviesverb", "beoordeeld", "vervolg"], "vraag": ["adviesverb", "beoordeeld", "gebiedend"],
    "innemen": ["adviesinfinitief", "dreiging"],
  ]
}
