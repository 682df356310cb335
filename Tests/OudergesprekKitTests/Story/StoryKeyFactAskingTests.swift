import Testing

@testable import OudergesprekKit

/// How well a key fact must be asked for (issue 11): an open question or a paraphrase on its topic at enough trust,
/// a question that comes back to a topic she answered, or an open question after a guarded answer once trust grew.
@Suite("Hoe goed de docent naar de kern moet vragen")
struct StoryKeyFactAskingTests {
  let scenario = BuiltInScenario.loaded.scenario!
  var story: Story { scenario.story! }
  var engine: ConversationEngine { ConversationEngine(scenario: scenario, analyzer: DutchReplyAnalyzer()) }
  let calm: [(String, [Marker])] = [
    ("Ik hoor dat u zich zorgen maakt.", [.gevoelsreflectie]), ("Ik merk dat dit u echt raakt.", [.gevoelsreflectie]),
    ("Ik begrijp dat dit niet makkelijk voor u is.", [.gevoelsreflectie]),
  ]

  func say(_ reply: (String, [Marker]), in state: ConversationState) -> ConversationState {
    engine.respond(to: ReplyAnalysis(text: reply.0, markers: reply.1, iMessageParts: []), in: state).0
  }

  /// Listens until she trusts the teacher enough for `fact`, or gives up after the calming replies.
  func calmed(_ start: ConversationState, for fact: KeyFact) -> ConversationState {
    var state = start
    for reply in calm where engine.emotion(of: state).intensity > fact.openUpToIntensity {
      state = say(reply, in: state)
    }
    return state
  }

  @Test("een gesloten vraag opent de kern niet, doorvragen op wat ze vertelde wel", arguments: [UInt64(1), 2, 3])
  func followUpOpens(seed: UInt64) throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    var state = calmed(engine.start(seed: seed).0, for: fact)
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    state = say(("Heeft ze nog vriendinnen?", []), in: state)
    #expect(!state.story.hasFound(fact.id), "een eerste gesloten vraag is niet goed genoeg gevraagd")
    state = say(("Komen die vriendinnen nog weleens langs?", []), in: state)
    #expect(state.story.hasFound(fact.id), "doorvragen op haar antwoord opent de kern")
  }

  @Test("te vroeg gevraagd: terughoudend; later open gevraagd, als ze meer vertrouwen heeft: de kern")
  func askedAgainWhenTrusted() throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    var state = engine.start(seed: 1).0
    try #require(engine.emotion(of: state).intensity > fact.openUpToIntensity)
    state = say(("Hoe gaat het met haar vriendinnen?", [.openVraag]), in: state)
    #expect(!state.story.hasFound(fact.id))
    #expect(state.story.guarded.contains(fact.topic))
    state = calmed(state, for: fact)
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    #expect(!state.story.hasFound(fact.id), "alleen gevoelens benoemen opent de kern niet")
    state = say(("Wat is er volgens u aan de hand met Sanne?", [.openVraag]), in: state)
    #expect(state.story.hasFound(fact.id))
  }

  @Test("een open vraag in een voorstel: ze reageert op het voorstel en vertelt de kern")
  func questionInProposal() throws {
    let fact = try #require(story.keyFact("vriendin-kwijt"))
    var state = calmed(engine.start(seed: 1).0, for: fact)
    try #require(engine.emotion(of: state).intensity <= fact.openUpToIntensity)
    let (next, events) = engine.respond(
      to: ReplyAnalysis(
        text: "Ik stel voor dat ik volgende week met Sanne praat. Hoe gaat het eigenlijk met haar vriendinnen?",
        markers: [.vervolgafspraak, .openVraag], iMessageParts: []),
      in: state)
    state = next
    #expect(state.story.hasFound(fact.id))
    let said = events.compactMap { if case .parentSpeaks(let line, _) = $0 { line } else { nil } }
    #expect(said.contains { line in fact.revealLines.contains { line.hasSuffix($0) } }, "\(said)")
  }
}
