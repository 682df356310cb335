import Testing

@testable import OudergesprekKit

/// An indirect question ("Ik ben benieuwd hoe ...", "Ik vraag me af wat ...", "Vertel eens over ...") asks as an
/// open question does: on a key fact's topic at enough trust it opens the key fact, in the teacher's own words,
/// lower case, without punctuation or with a typo; a statement or a negated cue does not (issue 11, blind scripts:
/// "... maar omdat ik benieuwd ben hoe Sanne dat beleeft." got a line of the topic, not the key fact).
@Suite("Een indirecte vraag vraagt ook")
struct StoryIndirectQuestionTests {
  let scenario = BuiltInScenario.loaded.scenario!
  var story: Story { scenario.story! }
  var engine: ConversationEngine { ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()) }
  var matcher: TopicMatcher { TopicMatcher(story: story, names: ["Sanne"]) }
  let calm: [(String, [Marker])] = [
    ("Ik hoor dat u zich zorgen maakt.", [.gevoelsreflectie]), ("Ik merk dat dit u echt raakt.", [.gevoelsreflectie]),
    ("Ik begrijp dat dit niet makkelijk voor u is.", [.gevoelsreflectie]),
  ]

  func say(_ text: String, markers: [Marker] = [], in state: ConversationState) -> ConversationState {
    engine.respond(to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state).0
  }

  /// Listens until she trusts the teacher enough for `fact`.
  func calmed(for fact: KeyFact, seed: UInt64) -> ConversationState {
    var state = engine.start(seed: seed).0
    for (text, markers) in calm where engine.emotion(of: state).intensity > fact.openUpToIntensity {
      state = say(text, markers: markers, in: state)
    }
    return state
  }

  /// Indirect questions on her daughter's friends, as a teacher types them; the analyser marks none of them.
  static let indirectOnFriends = [
    "Ik ben benieuwd hoe het met haar vriendinnen gaat.",
    "ik ben benieuwd hoe het met haar vriendinnen gaat",
    "Ik ben benieuwd hoe het met haar vriendinen gaat.",
    "Ik vraag het niet om te oordelen, maar omdat ik benieuwd ben met wie ze tegenwoordig optrekt.",
    "Ik vraag me af hoe het nu met haar vriendinnen gaat.",
    "ik vraag me af of ze nog vriendinnen heeft",
    "Ik hoor graag hoe het met haar vriendinnen gaat.",
    "Ik zou graag van u horen wat er met haar vriendinnen is.",
    "Ik ben nieuwsgierig naar haar vriendinnen.",
    "Vertel eens over haar vriendinnen.",
    "Mevrouw De Boer, vertelt u eens over haar vriendinnen.",
  ]

  @Test("een indirecte vraag op het onderwerp opent de kern", arguments: indirectOnFriends)
  func indirectOpens(reply: String) throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    var state = calmed(for: fact, seed: 1)
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    state = say(reply, in: state)
    #expect(state.story.hasFound(fact.id), "\(reply)")
  }

  /// Statements about her friends that ask nothing, also with a cue word that does not ask.
  static let statementsOnFriends = [
    "Ik zie haar in de pauze vaak met haar vriendinnen.",
    "Ik ben niet benieuwd naar haar vriendinnen, dat gaat mij niet aan.",
    "Haar vriendinnen zijn vast ook benieuwd.",
  ]

  @Test("een mededeling over het onderwerp opent de kern niet", arguments: statementsOnFriends)
  func statementDoesNotOpen(reply: String) throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    var state = calmed(for: fact, seed: 1)
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    state = say(reply, in: state)
    #expect(!state.story.hasFound(fact.id), "\(reply)")
  }

  @Test("te vroeg indirect gevraagd: terughoudend, niet de kern")
  func indirectTooEarly() throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    for reply in Self.indirectOnFriends.prefix(3) {
      var state = engine.start(seed: 1).0
      try #require(engine.emotion(of: state).intensity > fact.openUpToIntensity)
      state = say(reply, in: state)
      #expect(!state.story.hasFound(fact.id), "\(reply)")
      #expect(state.story.guarded.contains(fact.topic), "\(reply)")
    }
  }

  @Test("de vorm: een indirecte vraag vraagt, een ontkenning of mededeling niet")
  func shape() {
    for reply in Self.indirectOnFriends {
      #expect(matcher.questionShape(of: reply).asks, "\(reply)")
      #expect(matcher.questionShape(of: reply).asksIndirectly, "\(reply)")
    }
    for reply in Self.statementsOnFriends + [
      "Ik vraag daar niet naar om er iets van te vinden.", "Ik wil niet weten wie.",
    ] {
      #expect(!matcher.questionShape(of: reply).asks, "\(reply)")
    }
  }

  @Test("twee vragen tegelijk: ze vertelt de ene kern, de andere vraag blijft staan", arguments: [UInt64(1), 2, 3])
  func secondQuestionKept(seed: UInt64) throws {
    let home = try #require(story.keyFact("scheiding"))
    let friends = try #require(story.keyFact("vriendin-kwijt"))
    let nights = try #require(story.keyFact("nachtbellen"))
    var state = calmed(for: home, seed: seed)
    try #require(engine.emotion(of: state).intensity <= home.openUpToIntensity)
    state = say("Hoe gaat het thuis met Sanne?", markers: [.openVraag], in: state)
    try #require(state.story.hasFound(home.id))
    try #require(engine.emotion(of: state).intensity <= min(friends.openUpToIntensity, nights.openUpToIntensity))
    for reply in [
      "Hoe slaapt ze de laatste tijd? En met wie trekt ze op?", "Hoe gaat het met haar vriendinnen, en hoe slaapt ze?",
      "hoe slaapt ze en hoe gaat het met haar vriendinen",
    ] {
      var asked = say(reply, markers: [.openVraag], in: state)
      let found = [friends, nights].filter { asked.story.hasFound($0.id) }
      try #require(found.count == 1, "\(reply): \(found.map(\.id))")
      let other = found[0].id == friends.id ? nights : friends
      #expect(asked.story.guarded.contains(other.topic), "\(reply)")
      // Coming back to the other topic, also with a closed question, she tells what is behind it.
      let back = other.id == friends.id ? "Komen die vriendinnen nog weleens langs?" : "Is ze 's ochtends erg moe?"
      asked = say(back, in: asked)
      #expect(asked.story.hasFound(other.id), "\(reply) -> \(back)")
    }
  }

  /// Questions that could be answered yes or no but ask for more by a question word inside them.
  static let embedded = [
    "Weet u hoe het met haar vriendinnen gaat?",
    "Heeft dat te maken met wat er met haar vriendinnen is gebeurd?",
    "weet u met wie ze tegenwoordig optrekt?",
    "Weet u hoe het met haar vriendinen gaat?",
  ]

  @Test("een vraag met een vraagwoord erin opent de kern", arguments: embedded)
  func embeddedOpens(reply: String) throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    var state = calmed(for: fact, seed: 2)
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    state = say(reply, in: state)
    #expect(state.story.hasFound(fact.id), "\(reply)")
  }

  @Test("een gesloten vraag, ook met 'wat' dat terugverwijst, opent de kern niet")
  func closedDoesNotOpen() throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    for reply in [
      "Heeft ze nog vriendinnen?", "Is dat iets wat haar vriendinnen ook merken?", "heeft ze vriendinnen in de klas",
    ] {
      var state = calmed(for: fact, seed: 2)
      try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
      state = say(reply, in: state)
      #expect(!state.story.hasFound(fact.id), "\(reply)")
    }
  }

  @Test(
    "een brede vraag voor een specifiekere in dezelfde beurt blijft ook staan",
    arguments: [
      "Hoe gaat het nu met Emma? Hoe kijkt ze tegen de economielessen aan?",
      "Hoe gaat het nu met haar? En hoe kijkt Emma tegen de les aan?",
      "hoe gaat het nu met emma? hoe kijkt ze tegen de economielessen aan",
    ])
  func broadQuestionKept(reply: String) throws {
    let (scenario, story) = try StoryPlaythroughTests.scenario("klacht-over-collega")
    let engine = ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer())
    let fact = try #require(story.keyFact("twijfelt-aan-havo"))
    var state = engine.start(seed: 1).0
    for (text, markers) in calm + calm where engine.emotion(of: state).intensity > fact.openUpToIntensity {
      state = engine.respond(to: ReplyAnalysis(text: text, markers: markers, iMessageParts: []), in: state).0
    }
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    state = engine.respond(to: ReplyAnalysis(text: reply, markers: [.openVraag], iMessageParts: []), in: state).0
    try #require(!state.story.found.isEmpty, "\(reply): a key fact of the other question")
    #expect(state.story.hasFound(fact.id) || state.story.guarded.contains(fact.topic), "\(reply)")
    // Listening next, she tells what she kept back.
    state =
      engine.respond(
        to: ReplyAnalysis(text: "Ik merk dat dit u echt raakt.", markers: [.gevoelsreflectie], iMessageParts: []),
        in: state
      ).0
    #expect(state.story.hasFound(fact.id), "\(reply)")
  }
}
