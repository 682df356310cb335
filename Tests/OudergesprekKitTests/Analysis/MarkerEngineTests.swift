import OudergesprekKit
import Testing

@Suite("Taalonafhankelijke engine")
struct MarkerEngineTests {
  /// A tiny English lexicon: a second language needs only data, no change to the engine.
  static let english = LanguageLexicon(
    wordClasses: ["you": ["you"], "feeling": ["angry", "worried", "upset"], "other": ["you", "he", "she"]],
    rules: [
      CueRule(
        .marker(.gevoelsreflectie), "You name the feeling.", patterns: ["you sound|seem|are @feeling"],
        negationCancels: true),
      CueRule(.marker(.openVraag), "An open question.", patterns: ["^ how|what"], sentence: .question),
      CueRule(.marker(.bekritiseren), "Blame.", patterns: ["never listen|listens"]),
      CueRule(.part(.gevoel), "Your feeling.", patterns: ["i am|feel @feeling"], negationCancels: true),
      CueRule(.part(.gedrag), "Behaviour.", patterns: ["when @other|he|she"]),
    ],
    negations: ["not", "never"], firstPerson: ["i", "me"], questionWords: ["how", "what"], leadingFillers: ["and"],
    abbreviations: [], protectedWords: [], typoMinimumLength: 6,
    composites: CompositeRules(
      otherPersonClass: "other",
      rules: ReplyRuleBook(
        combinations: [
          Combination(
            .jijBoodschap, when: .marker(.bekritiseren) && .otherSubject && !.imperative, scope: .sentence,
            explanation: "A you-message.", examples: [], counterExamples: []),
          Combination(
            .ondervragen, when: .questions(atLeast: 3), scope: .questionCount, explanation: "Many questions.",
            examples: [], counterExamples: []),
          Combination(
            .ikBoodschap, when: .parts(atLeast: 2) && .firstPerson && !.blame, scope: .parts,
            explanation: "An I-message", examples: [], counterExamples: []),
        ], suppressions: [])))

  @Test("Een tweede taal werkt met alleen een eigen lexicon")
  func secondLanguage() throws {
    let engine = try MarkerEngine(lexicon: Self.english)
    #expect(engine.analyze("You sound worried. What happened?").markers == [.gevoelsreflectie, .openVraag])
    #expect(engine.analyze("You are not angry.").markers.isEmpty)
    #expect(engine.analyze("You never listen!").markers == [.jijBoodschap, .bekritiseren])
    let iMessage = engine.analyze("When he shouts, I am upset.")
    #expect(iMessage.markers == [.ikBoodschap])
    #expect(iMessage.iMessageParts == [.gedrag, .gevoel])
  }

  @Test("Een patroon met een onbekende woordklasse geeft een duidelijke fout")
  func unknownClass() {
    var lexicon = Self.english
    lexicon.rules.append(CueRule(.marker(.bedanken), "Thanks.", patterns: ["@thanks you"]))
    #expect(throws: (any Error).self) { try MarkerEngine(lexicon: lexicon) }
  }

  @Test("Het bewijs is de tekst zoals getypt, met hoofdletters en accenten")
  func evidenceKeepsOriginalText() {
    let analysis = DutchReplyAnalyzer().analyze("Ik hoor dat u GEÏRRITEERD bent.")
    let evidence = analysis.evidence.first { $0.marker == .gevoelsreflectie }
    #expect(evidence?.words == "Ik hoor dat u GEÏRRITEERD bent")
    #expect(evidence?.explanation.isEmpty == false)
  }

  @Test("Een kleine tikfout in een langer woord wordt herkend, een ander gewoon woord niet")
  func typos() {
    let analyzer = DutchReplyAnalyzer()
    #expect(analyzer.analyze("ik maak me zorgne").iMessageParts == [.gevoel])
    #expect(analyzer.analyze("u klinkt teleurgestelt").markers == [.gevoelsreflectie])
    #expect(analyzer.analyze("Ik heb het bedacht en goed bedenken.").markers.isEmpty)
  }

  @Test("Lege en rare invoer geeft een lege analyse, zonder te crashen")
  func oddInput() {
    let analyzer = DutchReplyAnalyzer()
    for text in ["", "   ", "...", "?!?", "'s", "-", "4,8.", "😀 👍", String(repeating: "ja ", count: 2000)] {
      _ = analyzer.analyze(text)
    }
    #expect(analyzer.analyze("").markers.isEmpty)
  }
}
