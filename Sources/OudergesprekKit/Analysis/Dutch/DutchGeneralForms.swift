/// General Dutch sentence shapes over the broad word classes of `DutchEvaluativeWords`: the other person as
/// subject of a verb of blame, a reflective frame with any feeling, a condition followed by a sanction, advice
/// about the child after "misschien", an invitation to the student to tell.
enum DutchGeneralForms {
  static let rules: [CueRule] = [
    // "Jij verpest de sfeer.", "dat u uw dochter overal mee laat wegkomen", "Jij zit de hele tijd te zeuren."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "@jij|@naam|hij|zij @versterker? @versterker? @verwijtwerkwoord",
        "dat @jij|@naam|hij|zij ... @verwijtwerkwoord",
        "@ander ... overal|alles @versterker? mee laat|laten|liet|lieten @versterker? wegkomen",
        "@ander laat|laten|liet|lieten ... overal|alles mee wegkomen",
        "@ander|@naam zit|zitten|zat|ligt|loopt|staat ... de hele tijd|dag|les ... te",
        "@ander|@naam zit|zitten|zat|ligt|loopt|staat ... steeds|constant|voortdurend|continu ... te",
        "terwijl @ander ... hoort|hoor|horen|dient|dienen|zou|zouden|moet|moeten ... te|moeten|stellen",
      ],
      unless: ["^ @gebiedend", "als|wanneer|zodra|toen|omdat|doordat @ander"],
      sentence: .statement, negationCancels: true),
    // "Jullie zijn echt van die pushende ouders.", "Dat is typisch zo'n reactie.", "Niet zo'n baby doen."
    CueRule(
      .marker(.etiketteren), "Je plakt een etiket op de ander.",
      patterns: [
        "@jij bent|zijn @versterker? @versterker? van die", "typisch|typische zon|zo|die|een|weer",
        "^ niet zon ... doen $", "doe|doet @jij? @versterker? niet zon",
      ]),
    // "Ik hoor dat u zich schaamt.", "dat u ermee worstelt"
    CueRule(
      .marker(.gevoelsreflectie), "Je benoemt het gevoel van de ander.",
      patterns: [
        "hoor|zie|merk|begrijp|snap|voel|voorstellen|indenken|klinkt|lijkt ... @jij @zich? @versterker? @versterker? @versterker? @gevoelswerkwoord",
        "@jij @zich @versterker? @versterker? @versterker? @gevoelswerkwoord",
        // "Dat klinkt alsof u er alleen voor staat.", "dat u veel aan uw hoofd heeft"
        "@jij ... er|het|dit|dat @versterker? alleen voor staat|staan|stond|sta",
        "@jij staat|staan|stond|sta er|het|dit|dat @versterker? alleen voor",
        "@jij ... veel|genoeg|zoveel|alles aan @zich|uw|jouw|het hoofd",
        "@jij ... handen in het haar", "@jij ... ten einde raad", "@jij ... einde van @zich|uw|je|jouw latijn",
        "@jij ... het niet meer @versterker? ziet|zien zitten",
        "@jij ... niet meer weet|weten wat|hoe @jij @versterker? moet|moeten",
        // "Dat lijkt me uitputtend voor u."
        "dat|dit|het lijkt|klinkt|moet me|mij @versterker? @versterker? @gevoelsoordeel|@gevoel",
        "@gevoelsoordeel|@gevoel voor @jij|jou $",
      ],
      unless: ["ik @versterker? @versterker? @gevoel", "voor @jij|jou ... te"],
      negationCancels: true),
    // "Misschien moet Mila gewoon minder gaan werken.", "Misschien kan hij naar de plusklas."
    CueRule(
      .marker(.adviseren), "Je geeft advies of een oplossing voordat de ander zich gehoord voelt.",
      patterns: [
        "misschien|wellicht|eventueel|mogelijk moet|kan|kunnen|moeten|zou|zouden @naam|@kind",
        "^ dan|daarom zou ik @versterker? @versterker? de|die|dat|zijn|haar|het|hem|een",
        "@jij kunt|kan|kun|kunnen @versterker? @versterker? hulp|ondersteuning|advies|contact ... vragen|zoeken|opnemen|inschakelen|aanvragen",
        "laat hem|haar|@naam @versterker? gewoon|eens|vaker|meer|minder|zelf",
      ],
      unless: ["ik laat|liet|laten", "we laten|lieten"],
      sentence: .statement),
    // "Mila, vertel jij je vader eens hoe het nu met je gaat?"
    CueRule(
      .marker(.openVraag), "Je stelt een open vraag die uitnodigt om te vertellen.",
      patterns: ["^ vertel|vertelt|beschrijf|leg jij|je|u|jullie ... eens|hoe|wat|waarom|welke|wie"]),
    // "Als hij weer spiekt, wordt die ongeldig verklaard.", "Nog één keer te laat en je meldt je bij ..."
    CueRule(
      .marker(.waarschuwen), "Je waarschuwt of dreigt met gevolgen.",
      patterns: [
        "als|wanneer|zodra|zolang @ander|@naam ... weer|nogmaals|opnieuw|blijft|blijven ... schrijf|noteer|meld|rapporteer ik",
        "als|wanneer|zodra|zolang @ander|@naam ... blijft|blijven|weer|nogmaals|opnieuw ... naar de|het directie|directeur|teamleider|leerplicht",
        "nog een|@getal keer|keertje|maal ... en @ander|je|ik|dan",
        "^ dan moet|moeten|mag|mogen|krijgt|krijgen @naam|@kind|@jij ... nablijven|strafwerk|straf|eruit|@dreiging",
      ]),
  ]
}
