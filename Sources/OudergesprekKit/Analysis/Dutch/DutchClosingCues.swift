/// Dutch cues for closing a conversation: announcing the end, a concrete next step, thanking.
enum DutchClosingCues {
  static let rules: [CueRule] = [
    CueRule(
      .marker(.afrondingAankondigen), "Je kondigt aan dat het gesprek afgerond wordt.",
      patterns: [
        "gesprek ... afronden|afsluiten|beeindigen|stoppen|ophouden|eindigen|beeindig|afrond|afsluit",
        "afronden|afsluiten|beeindigen ... gesprek",
        "we|wij moeten|gaan|zullen|willen|kunnen @versterker? @versterker? stoppen|ophouden",
        "we|wij moeten|gaan|zullen|willen|kunnen ... afronden|afsluiten",
        "laten we @versterker? afronden|afsluiten|stoppen",
        "ronden|rond|sluiten|sluit|rondt ... af",
        "hier|daar|het ... bij laten|houden|bijlaten|bijhouden",
        "laten|houden ... hierbij|daarbij",
        "tijd is @versterker? om|op",
        "tot slot|afsluiting|afronding",
        "punt achter|erachter|achter",
        "eind|einde aan maken|breien",
        "aan het einde|eind van het|ons|dit gesprek",
        "tijd om af te ronden|sluiten",
        "tijd om te stoppen|eindigen",
        "ik ga @versterker? stoppen",
        "stop|beeindig|sluit|rond ... het|dit|ons gesprek",
        "dat we|wij @versterker? @versterker? stoppen|ophouden|afronden|afsluiten",
        "ik wil @versterker? stoppen",
      ]),
    CueRule(
      .marker(.vervolgafspraak), "Je spreekt een concrete vervolgstap af.",
      patterns: [
        "nieuwe|vervolg|volgende|andere afspraak|gesprek",
        "vervolgafspraak|vervolggesprek|evaluatiegesprek|evaluatiemoment",
        "afspraak maken|plannen|inplannen",
        "maken|plannen|prikken we|ik ... afspraak|datum|moment",
        "met ... erbij",
        "ik bel|mail|app|spreek|zie @jij ... terug|op|@straks",
        "ik neem|nemen ... contact ... op",
        "ik laat @jij|jou|jullie ... weten|horen",
        "laat|laten het|@jij ... weten|horen",
        "ik kom er|daar|hierop ... op terug",
        "@vervolg ... @straks",
        "@straks ... @vervolg",
        "over @getal? week|weken|dagen|maand|maanden ... @vervolg",
        "@vervolg ... over @getal? week|weken|dagen|maand|maanden",
        "na de vakantie|herfstvakantie|kerstvakantie|meivakantie|toetsweek",
        "houden we contact",
        "blijven we @versterker? contact|in contact",
      ],
      unless: ["^ waarom", "vorige|afgelopen|gisteren|vanochtend|vorig", "gehad|gesproken|gebeld|gemaild"]),
    CueRule(
      .marker(.bedanken), "Je bedankt de ander.",
      patterns: [
        "dank|bedankt|bedank|bedanken|dankjewel|dankuwel|dankwoord",
        "ik waardeer|waardeerde het",
        "dankbaar",
        "fijn dat @jij|jullie @versterker? gekomen|kwam|kwamen|tijd",
      ],
      unless: ["geen dank", "dankzij"]),
  ]
}
