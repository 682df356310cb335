/// Dutch clause shapes that carry a marker whatever the content words are: a polite or verbless command, a
/// judgement in ik-form, blame after the fact ("als u ... had ..."), a cause read into the situation, reassurance
/// by comparison or by intent, a feeling named as a noun or as a hard moment, a view restated as "u vindt ... te".
///
/// Every shape has at least three examples and a counter-example in `ClauseFormTests`.
enum DutchClauseForms {
  static let rules: [CueRule] = [
    // A consequence is no threat, unless the school or the speaker imposes it: "Als hij zo doorgaat, moet hij van
    // school.", "..., dan krijgt hij een 1." ("..., mist ze de aansluiting" is a gevolg.)
    CueRule(
      .marker(.waarschuwen), "Je waarschuwt of dreigt met gevolgen.",
      patterns: [
        "als|wanneer|zolang ... zo @versterker? doorgaat|doorgaan|blijft|blijven|volhoudt ... diploma|examen|overgang|jaar|pta|bevorderen|bevorderd|overgaan|zitten|school|schorsing|geschorst",
        "als|wanneer|zolang ... zo @versterker? doorgaat|doorgaan|blijft|blijven ... ik|we|wij ... alleen nog",
        "als|wanneer|zolang|anders|dan ... krijgt|krijg|krijgen|krijgt @jij|hij|ze|zij|@naam ... een|de 1|0|nul|onvoldoende|aantekening|strafwerk",
      ],
      sentence: .statement),
    // "Geeft u me eerst de kans om het uit te leggen.", "Nu luistert u even naar mij.", "Schoenen uit."
    CueRule(
      .marker(.bevelen), "Je geeft een bevel: de ander moet iets doen.",
      patterns: [
        "^ geeft @jij mij|me|ons",
        "^ nu luistert|luister|luisteren @jij",
        "^ @voorwerp|schoenen|jassen|petten|telefoons|handen|voeten uit|weg|af|neer|dicht|thuis $",
      ],
      unless: ["gerust", "^ geeft @jij mij|me|ons ... seintje|berichtje|belletje|mailtje"],
      sentence: .statement),
    // "Ik vind dat geen goede reactie.", "Ik vond dit geen handige keuze van u."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ ik vind|vond dat|dit|het|die geen @versterker? goede|goed|nette|net|handige|handig|slimme|slim|gepaste|respectvolle|verstandige|fijne|nuttige reactie|opmerking|houding|toon|keuze|manier|antwoord|actie|gedrag"
      ],
      sentence: .statement),
    // "Als u thuis wat strenger was geweest, was dit niet gebeurd.", "Had u maar eerder gebeld."
    CueRule(
      .marker(.bekritiseren), "Je oordeelt of verwijt: dat sluit het gesprek af.",
      patterns: [
        "^ als @jij ... was|waren|had|hadden|hadt geweest|gedaan|gebeld|opgelet|ingegrepen|gecontroleerd|geluisterd|gereageerd|gemeld|gezegd|gelet|gehandeld|getrokken",
        "^ had|hadden|hadt @jij ... maar",
      ],
      sentence: .statement),
    // "Dat komt vast door de scheiding.", "Het ligt gewoon aan de verhuizing."
    CueRule(
      .marker(.interpreteren), "Je legt uit wat er 'eigenlijk' achter zit: de ander voelt zich geanalyseerd.",
      patterns: [
        "^ dat|het|dit komt|ligt @versterker? vast|zeker|gewoon|natuurlijk|ongetwijfeld|waarschijnlijk @versterker? door|doordat|aan"
      ],
      sentence: .statement),
    // "Meneer Bosman bedoelt het vast niet zo.", "Kinderen vergeten zoiets sneller dan je denkt."
    CueRule(
      .marker(.geruststellen), "Je sust: de zorg van de ander wordt kleiner gemaakt.",
      patterns: [
        "bedoelt|bedoelde|bedoelen|meent|meende het @versterker? vast|heus|zeker|echt niet zo|kwaad|slecht|verkeerd",
        "sneller|eerder|makkelijker|vlotter over|voorbij|weg? dan @jij denkt|denken|dacht|verwacht|verwachten",
      ],
      sentence: .statement),
    // "Dat is een grote teleurstelling.", "Ik zie dat dit voor u een verdrietige dag is."
    CueRule(
      .marker(.gevoelsreflectie), "Je benoemt het gevoel van de ander.",
      patterns: [
        "^ dat|dit|het is|moet|was|lijkt @versterker? een @versterker? @versterker? teleurstelling|schok|klap|domper|tegenvaller|opluchting",
        "voor @jij @versterker? een @versterker? verdrietige|verdrietig|zware|zwaar|moeilijke|moeilijk|spannende|spannend|pijnlijke|pijnlijk|emotionele|emotioneel|lastige|lastig dag|tijd|moment|periode|week|jaar",
      ],
      sentence: .statement),
    // "U vindt de straf te zwaar voor wat er gebeurd is.", "Jullie vinden het huiswerk te veel."
    CueRule(
      .marker(.parafrase), "Je zegt in eigen woorden wat de ander vertelde.",
      patterns: [
        "^ @jij vindt|vind|vinden ... te zwaar|streng|veel|moeilijk|hard|snel|weinig|licht|laat|vroeg|lang|kort|groot|klein|ver"
      ],
      sentence: .statement),
  ]
}
