/// The Dutch rules that build markers from other findings and hide markers that another finding explains, in the
/// notation a teacher educator reads (`ReplyRuleBook.description` prints them one a line):
///
///     jij-boodschap := oordeel ∧ onderwerp(ander) ∧ ¬gebiedend
///     ondervragen   := vragen>=3
///     ik-boodschap  := delen>=2 ∧ ik-persoon ∧ ¬schuld
///     vragen>=3                 => verberg open-vraag, aanmoediging, adviseren
///     ondervragen ∧ vragen>=2   => verberg open-vraag
///     afleiden                  => verberg open-vraag
///
/// Every rule carries replies that show it and replies that do not; `ReplyRuleBookTests` runs them all.
enum DutchReplyRules {
  /// A judgement of a person: criticism or a label.
  static let oordeel = ReplyCondition.anyMarker([.bekritiseren, .etiketteren], name: "oordeel")

  static let book = ReplyRuleBook(
    combinations: [
      Combination(
        .jijBoodschap, when: oordeel && .otherSubject && !.imperative, scope: .sentence,
        explanation: "Je oordeel gaat over de ander (u, jij, jullie, het kind): een jij-boodschap.",
        examples: ["U luistert ook nooit.", "Jij bent gewoon lui."],
        counterExamples: ["Luister nou eens, u luistert nooit.", "Ik vind dat geen goede reactie."]),
      Combination(
        .ondervragen, when: .questions(atLeast: 3), scope: .questionCount,
        explanation: "Veel vragen achter elkaar: dat voelt als een verhoor.",
        examples: [
          "Hoe gaat het thuis? Slaapt hij goed? Eet hij goed?",
          "Wat is er gebeurd? Wie was erbij? Wanneer was dat?",
        ],
        counterExamples: ["Hoe gaat het thuis? Slaapt hij goed?", "Wat is er gebeurd?"]),
      Combination(
        .ikBoodschap, when: .parts(atLeast: 2) && .firstPerson && !.blame, scope: .parts,
        explanation: "Je spreekt vanuit jezelf, zonder verwijt, met minstens twee delen",
        examples: [
          "Als Tim in de les roept, raak ik de draad kwijt.",
          "Ik maak me zorgen, want hij komt elke dag te laat.",
        ],
        counterExamples: ["Ik maak me zorgen.", "U luistert ook nooit, en daar word ik boos van."]),
    ],
    suppressions: [
      Suppression(
        .questions(atLeast: 3), hides: [.openVraag, .aanmoediging, .adviseren],
        examples: [
          "Hoe gaat het thuis? Slaapt hij goed? Eet hij goed?",
          "Wat is er gebeurd? Wie was erbij? Wanneer was dat?",
        ],
        counterExamples: ["Hoe gaat het thuis?", "Wat is er gebeurd? Wie was erbij?"]),
      Suppression(
        .marker(.ondervragen) && .questions(atLeast: 2), hides: [.openVraag],
        examples: ["Waarom ben je weggelopen? Wie zat er nog meer bij?", "Waarom deed hij dat? Wat gebeurde er toen?"],
        counterExamples: ["Wat gebeurde er toen?", "Hoe gaat het met hem? Wat merkt u thuis?"]),
      Suppression(
        .marker(.afleiden), hides: [.openVraag],
        examples: [
          "Genoeg daarover. Hoe gaat het met zijn zus?", "Laten we het over iets anders hebben. Hoe was de vakantie?",
        ],
        counterExamples: ["Hoe gaat het met zijn zus?", "Wat merkt u thuis?"]),
    ])
}
